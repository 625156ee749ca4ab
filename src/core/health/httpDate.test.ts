import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpDate } from './httpDate';

describe('httpDate', () => {
  it('formats the world clock as an HTTP Date header', () => {
    expect(httpDate(Date.UTC(2026, 10, 29, 9, 0, 0))).toBe('Sun, 29 Nov 2026 09:00:00 GMT');
    expect(httpDate(0)).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('agrees with the platform’s UTC formatting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(httpDate(ms)).toBe(new Date(ms).toUTCString());
      }),
    );
  });
});
