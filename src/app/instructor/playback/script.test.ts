import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScript, SCRIPT_MAX_LINE, SCRIPT_MAX_LINES } from './script';

describe('parseScript', () => {
  it('keeps command lines in order, skipping blanks and comments', () => {
    const script = parseScript('# demo\r\nssh web-01\n\n  sudo systemctl restart loja  \n# done\nexit\n');
    expect(script).toEqual({ steps: ['ssh web-01', 'sudo systemctl restart loja', 'exit'], dropped: 0 });
  });

  it('drops lines that could spoof the terminal or are too long, and counts them', () => {
    const script = parseScript(`echo ok\necho \u001b[2Jgone\n${'x'.repeat(SCRIPT_MAX_LINE + 1)}\n`);
    expect(script).toEqual({ steps: ['echo ok'], dropped: 2 });
  });

  it('stops at the line limit', () => {
    const script = parseScript(
      Array.from({ length: SCRIPT_MAX_LINES + 5 }, (_, i) => `echo ${i}`).join('\n'),
    );
    expect(script.steps).toHaveLength(SCRIPT_MAX_LINES);
    expect(script.dropped).toBe(5);
  });

  it('never throws and never yields a blank or multi-line step', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const step of parseScript(text).steps) {
          expect(step.trim()).toBe(step);
          expect(step).not.toMatch(/[\r\n]/);
          expect(step.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
