import type { Terminal } from '@xterm/xterm';
import {
  backspace,
  commit,
  deleteForward,
  emptyLine,
  historyDown,
  historyUp,
  insertText,
  killToStart,
  killWordBack,
  type LineState,
  moveCursor,
} from './lineEditor';

/** What the terminal needs from the rest of the app: run a line, know the prompt. */
export interface ShellPort {
  run(line: string): { output: string; clear: boolean };
  prompt(): string;
}

/** Terminals need CRLF; the shell speaks LF like a real program. */
export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Pasted text keeps only printable characters: a control byte must not act as a key. */
export function stripControlCharacters(text: string): string {
  return [...text]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f;
    })
    .join('');
}

const KEY_ACTIONS: Record<string, (line: LineState) => LineState> = {
  '\x7f': backspace,
  '\b': backspace,
  '\x1b[3~': deleteForward,
  '\x1b[D': (l) => moveCursor(l, l.cursor - 1),
  '\x1b[C': (l) => moveCursor(l, l.cursor + 1),
  '\x1b[H': (l) => moveCursor(l, 0),
  '\x1bOH': (l) => moveCursor(l, 0),
  '\x01': (l) => moveCursor(l, 0),
  '\x1b[F': (l) => moveCursor(l, l.buffer.length),
  '\x1bOF': (l) => moveCursor(l, l.buffer.length),
  '\x05': (l) => moveCursor(l, l.buffer.length),
  '\x1b[A': historyUp,
  '\x1b[B': historyDown,
  '\x15': killToStart,
  '\x17': killWordBack,
};

/** Connects an xterm instance to the shell: line editing, history, Ctrl-C, Ctrl-L, paste. */
export class TerminalController {
  private line: LineState = emptyLine();

  constructor(
    private readonly term: Terminal,
    private readonly shell: ShellPort,
  ) {}

  start(greeting: string): void {
    this.term.write(toTerminalText(greeting));
    this.redraw();
  }

  /** Handles data from xterm's onData: single keys, escape sequences or pasted text. */
  handleData(data: string): void {
    const action = KEY_ACTIONS[data];
    if (action) {
      this.line = action(this.line);
      this.redraw();
      return;
    }
    if (data === '\x03') {
      this.term.write('^C\r\n');
      this.line = emptyLine(this.line.history);
      this.redraw();
      return;
    }
    if (data === '\x0c') {
      this.term.clear();
      this.term.write('\x1b[2J\x1b[H');
      this.redraw();
      return;
    }
    if (data.startsWith('\x1b')) return; // other escape sequences (F-keys, etc.) do nothing, as in bash
    this.typeText(data);
  }

  /** Text may hold several lines (a paste): each complete line runs in order, the rest stays typed. */
  private typeText(text: string): void {
    const parts = text.replace(/\r\n/g, '\r').split(/[\r\n]/);
    parts.forEach((part, index) => {
      const printable = stripControlCharacters(part);
      if (printable) this.line = insertText(this.line, printable);
      if (index < parts.length - 1) this.submit();
      else this.redraw();
    });
  }

  private submit(): void {
    this.line = moveCursor(this.line, this.line.buffer.length);
    this.redraw();
    this.term.write('\r\n');
    const { command, next } = commit(this.line);
    this.line = next;
    const { output, clear } = this.shell.run(command);
    if (clear) this.term.clear();
    if (output) this.term.write(toTerminalText(output));
  }

  private redraw(): void {
    const back = this.line.buffer.length - this.line.cursor;
    const move = back > 0 ? `\x1b[${back}D` : '';
    this.term.write(`\r\x1b[K${this.shell.prompt()}${this.line.buffer}${move}`);
  }
}
