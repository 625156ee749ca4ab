import { describe, expect, it } from 'vitest';
import { estimateColumns } from './placeholderColumns';

describe('estimateColumns', () => {
  it('fits whole cells beside the scrollbar, one short for safety', () => {
    // 9 px cells: (734 - 14) / 9 = 80 whole cells, 79 kept.
    expect(estimateColumns(734, 9)).toBe(79);
    expect(estimateColumns(733, 9)).toBe(78);
  });

  it('has no answer before layout (a hidden pane measures 0)', () => {
    expect(estimateColumns(0, 9)).toBeNull();
    expect(estimateColumns(500, 0)).toBeNull();
    expect(estimateColumns(Number.NaN, 9)).toBeNull();
  });

  it('never goes below 20 columns on a tiny pane', () => {
    expect(estimateColumns(60, 9)).toBe(20);
  });
});
