import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from './percent';

/** Whether part/whole, in tenths of a percent, lies exactly half way between two printed values. */
const isTie = (part: number, whole: number) => (part * 2000) % (2 * whole) === whole;

describe('formatPercent', () => {
  it('prints what Intl prints in both languages, wherever the fraction is not a rounding tie', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 20_000 })
          .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        fc.constantFrom('pt-BR', 'en'),
        ([part, whole], language) => {
          fc.pre(!isTie(part, whole));
          const intl = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
          expect(formatPercent(part, whole, language)).toBe(intl.format(part / whole));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rounds ties up on the exact fraction, and reads an empty fleet as fully covered', () => {
    expect(formatPercent(3, 80, 'en')).toBe('3.8%');
    expect(formatPercent(1, 16, 'pt-BR')).toBe('6,3%');
    expect(formatPercent(1, 8, 'pt-BR')).toBe('12,5%');
    expect(formatPercent(0, 7, 'en')).toBe('0%');
    expect(formatPercent(7, 7, 'pt-BR')).toBe('100%');
    expect(formatPercent(0, 0, 'en')).toBe('100%');
  });
});
