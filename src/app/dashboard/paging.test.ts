import { describe, expect, it } from 'vitest';
import { pageHolding, pageOf } from './paging';

describe('paging', () => {
  it('cuts items into pages and clamps the page asked for', () => {
    expect(pageOf(25, 0, 10)).toEqual({ page: 0, pages: 3, from: 0, to: 10 });
    expect(pageOf(25, 2, 10)).toEqual({ page: 2, pages: 3, from: 20, to: 25 });
    expect(pageOf(25, 9, 10)).toEqual({ page: 2, pages: 3, from: 20, to: 25 });
    expect(pageOf(25, -1, 10)).toMatchObject({ page: 0 });
    expect(pageOf(0, 0, 10)).toEqual({ page: 0, pages: 1, from: 0, to: 0 });
  });
  it('finds the page holding an item', () => {
    expect(pageHolding(0, 20)).toBe(0);
    expect(pageHolding(19, 20)).toBe(0);
    expect(pageHolding(20, 20)).toBe(1);
  });
});
