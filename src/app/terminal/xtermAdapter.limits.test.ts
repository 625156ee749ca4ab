import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, TerminalController, type TerminalLimits } from './xtermAdapter';

/** A controller over a scripted shell: `outputs` answers by command, every run is recorded. */
function setup(outputs: Record<string, string>, limits: Partial<TerminalLimits> = {}, prompt = '$ ') {
  const writes: string[] = [];
  const ran: string[] = [];
  const controller = new TerminalController(
    { write: (s: string) => void writes.push(s), clear: () => {}, cols: 80 },
    {
      run: (line) => {
        ran.push(line);
        return { output: outputs[line] ?? '', clear: false };
      },
      prompt: () => prompt,
      history: () => [],
      complete: () => ({ start: 0, replacement: '', candidates: [] }),
    },
    { ...DEFAULT_LIMITS, ...limits },
  );
  controller.start('');
  return { controller, ran, screen: () => writes.join('') };
}

const ESC = String.fromCharCode(27);

describe('terminal limits and guards', () => {
  it('shows control sequences in output as text, keeping colours', () => {
    const { controller, screen } = setup({ evil: `a${ESC}]0;pwned\x07b${ESC}[2J${ESC}[31mred${ESC}[0m\n` });
    controller.handleData('evil\r');
    expect(screen()).toContain(`a^[]0;pwned^Gb^[[2J${ESC}[31mred${ESC}[0m\r\n`);
    expect(screen()).not.toContain(`${ESC}]0`);
    expect(screen()).not.toContain(`${ESC}[2J`);
  });

  it('guards the prompt too (a directory named with escapes)', () => {
    const { screen } = setup({}, {}, `~/${ESC}]0;x\x07$ `);
    expect(screen()).toContain('~/^[]0;x^G$ ');
  });

  it('ends an output that lacks a final newline, so the prompt does not overwrite it', () => {
    const { controller, screen } = setup({ printf: 'no newline' });
    controller.handleData('printf\r');
    expect(screen()).toContain('no newline\r\n');
  });

  it('shows only the last lines of a huge output, saying how many were left out', () => {
    const big = Array.from({ length: 10 }, (_, i) => `line ${i + 1}\n`).join('');
    const { controller, screen } = setup({ big }, { outputLines: 3, linesOmitted: (n) => `(${n} hidden)` });
    controller.handleData('big\r');
    expect(screen()).toContain('(7 hidden)\r\nline 8\r\nline 9\r\nline 10\r\n');
    expect(screen()).not.toContain('line 7');
  });

  it('cuts a huge paste at a line break, says so, and runs only what was kept', () => {
    const { controller, ran, screen } = setup({}, { pasteChars: 12, pasteCut: (k, t) => `(cut ${k}/${t})` });
    controller.handleData('one\ntwo\nthree\nfour\n');
    expect(ran).toEqual(['one', 'two']);
    expect(screen()).toContain('(cut 8/19)');
    // xterm sends a paste's line breaks as \r.
    const again = setup({}, { pasteChars: 12, pasteCut: (k, t) => `(cut ${k}/${t})` });
    again.controller.handleData('one\rtwo\rthree\rfour\r');
    expect(again.ran).toEqual(['one', 'two']);
  });

  it('runs a long paste in slices, keeps keys typed meanwhile for after it, and Ctrl-C stops it', () => {
    const tasks: (() => void)[] = [];
    let clock = 0;
    const limits = { schedule: (t: () => void) => void tasks.push(t), now: () => clock++, sliceMs: 2 };
    const { controller, ran } = setup({}, limits);
    controller.handleData('a\nb\nc\nd\ne\nf\n');
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThan(6);
    controller.handleData('x');
    controller.handleData('\r');
    while (tasks.length) tasks.shift()?.();
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'x']);

    ran.length = 0;
    controller.handleData('1\n2\n3\n4\n5\n6\n');
    const before = ran.length;
    controller.handleData('\x03');
    while (tasks.length) tasks.shift()?.();
    expect(ran.length).toBe(before);
    controller.handleData('after\r');
    expect(ran[ran.length - 1]).toBe('after');
  });
});
