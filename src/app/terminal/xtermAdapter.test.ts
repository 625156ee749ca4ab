import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../../core';
import { complete, createRegistry, createShell, execute, prompt, type ShellState } from '../../shell';
import { columns, TerminalController } from './xtermAdapter';

/** What a redraw leaves on screen: the text after its clear, up to its own cursor moves. */
function visibleLine(write: string): string {
  const clear = `\r${String.fromCharCode(27)}[J`;
  const text = write.includes(clear) ? write.slice(write.indexOf(clear) + clear.length) : write;
  const end = [...text].findIndex((ch) => ch === '\r' || ch.charCodeAt(0) === 27);
  return end === -1 ? text : text.slice(0, end);
}

/** A terminal that only records what was written, and a real shell behind the port. */
function setup(cols = 80) {
  const registry = createRegistry();
  let state: ShellState = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));
  const writes: string[] = [];
  const term = {
    write: (s: string) => void writes.push(s),
    clear: () => void writes.push('<clear>'),
    cols,
  };
  const controller = new TerminalController(term, {
    run: (line) => {
      const execution = execute(state, registry, line);
      state = execution.state;
      return { output: execution.output, clear: execution.effects.some((e) => e.kind === 'clear') };
    },
    prompt: () => prompt(state, false),
    history: () => state.history[state.stack[state.stack.length - 1]?.host ?? ''] ?? [],
    complete: (line) => complete(state, registry, line),
  });
  controller.start('');
  const screen = () => writes.join('');
  const lastLine = () => visibleLine(writes[writes.length - 1] ?? '');
  return { controller, screen, lastLine, writes };
}

describe('terminal controller', () => {
  it('runs typed lines and shows their output', () => {
    const { controller, screen } = setup();
    controller.handleData('whoami');
    controller.handleData('\r');
    expect(screen()).toContain('aluno\r\n');
  });

  it('`clear` wipes the screen after the line that ran it, as /usr/bin/clear does (the line goes too)', () => {
    const { controller, writes } = setup();
    controller.handleData('clear\r');
    const ran = writes.indexOf('\r\n');
    const wipe = writes.indexOf('\x1b[H\x1b[2J\x1b[3J');
    // In the order xterm parses them: xterm's own clear() would act before the queued writes, keeping the
    // `$ clear` line on top of the new screen.
    expect(ran).toBeGreaterThanOrEqual(0);
    expect(wipe).toBeGreaterThan(ran);
    expect(writes).not.toContain('<clear>');
  });

  it('runs a multi-line paste line by line and keeps an unfinished last line typed', () => {
    const { controller, screen, lastLine } = setup();
    controller.handleData('hostname\nwhoami\nhist');
    expect(screen()).toContain('bastion\r\n');
    expect(screen()).toContain('aluno\r\n');
    expect(lastLine()).toBe('aluno@bastion:~$ hist');
  });

  it('completes with Tab and lists candidates on a second Tab', () => {
    const { controller, lastLine, screen } = setup();
    controller.handleData('hostn');
    controller.handleData('\t');
    expect(lastLine()).toBe('aluno@bastion:~$ hostname ');
    controller.handleData('\x15');
    controller.handleData('cat /etc/host');
    controller.handleData('\t');
    controller.handleData('\t');
    expect(screen()).toContain('/etc/hostname  /etc/hosts');
  });

  it('searches history backwards with Ctrl-R and runs the match with Enter', () => {
    const { controller, lastLine, screen } = setup();
    for (const line of ['hostname', 'whoami']) controller.handleData(`${line}\r`);
    controller.handleData('\x12');
    controller.handleData('host');
    expect(lastLine()).toBe("(reverse-i-search)`host': hostname");
    controller.handleData('\r');
    expect(screen().match(/bastion\r\n/g)?.length).toBe(2);
  });

  it('browses this host’s history with the arrows', () => {
    const { controller, lastLine } = setup();
    controller.handleData('whoami\r');
    controller.handleData('\x1b[A');
    expect(lastLine()).toBe('aluno@bastion:~$ whoami');
  });

  it('ignores control bytes inside pasted text', () => {
    const { controller, lastLine } = setup();
    controller.handleData('who\x1b[2Jami');
    expect(lastLine()).toBe('aluno@bastion:~$ who[2Jami');
  });

  it('redraws a line that wraps past the terminal width from its first row', () => {
    const { controller, writes } = setup(20);
    controller.handleData('echo a long line that wraps');
    controller.handleData('X');
    // The prompt (17 columns) plus 28 characters spans three rows of 20: climb two rows, clear, rewrite.
    expect(writes[writes.length - 1]).toBe('\x1b[2A\r\x1b[Jaluno@bastion:~$ echo a long line that wrapsX');
    controller.handleData('\x01');
    // Home: the cursor goes back to row 0, column 17.
    expect(writes[writes.length - 1]?.endsWith('\x1b[2A\r\x1b[17C')).toBe(true);
  });

  it('lays out candidates in columns', () => {
    expect(columns(['a', 'bb', 'ccc'], 10)).toBe('a    bb\nccc');
  });
});
