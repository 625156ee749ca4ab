import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { MISSIONS } from './registry';
import { allowedValues, fillPattern, resolveVariables } from './variables';

const seed = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('resolveVariables', () => {
  test.prop([fc.constantFrom(...MISSIONS), seed])(
    'gives the same values for the same mission and seed',
    (mission, s) => {
      expect(resolveVariables(mission, s)).toEqual(resolveVariables(mission, s));
    },
  );

  test.prop([fc.constantFrom(...MISSIONS), seed])(
    'only picks allowed values, distinct where asked',
    (mission, s) => {
      const vars = resolveVariables(mission, s);
      const allowed = allowedValues(mission);
      for (const [name, spec] of Object.entries(mission.variables)) {
        const value = vars[name];
        expect(value, name).toBeDefined();
        if ('pickOne' in spec) {
          expect(allowed[name]).toContain(value);
          for (const other of spec.distinctFrom ?? [])
            expect(value, `${name} ≠ ${other}`).not.toBe(vars[other]);
        }
        if ('lookup' in spec) expect(Object.values(spec.values)).toContain(value);
      }
    },
  );

  test.prop([seed])('varies between learners: the seeds of a class do not all get the same target', (s) => {
    const mission = MISSIONS.find((m) => m.id === 'hotfix-drift');
    const targets = new Set(
      Array.from({ length: 30 }, (_, i) => mission && resolveVariables(mission, s + i).target),
    );
    expect(targets.size).toBeGreaterThan(1);
  });

  test.prop([fc.string({ maxLength: 20 })])('matches a variable literally inside a pattern', (value) => {
    const pattern = new RegExp(`^${fillPattern('{{v}}', { v: value })}$`);
    expect(pattern.test(value)).toBe(true);
  });
});
