import type { Terminal } from '@xterm/xterm';
import type { Completion } from '../../shell';
import {
  backspace,
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
import { guardTerminalText, lastLines } from './outputGuard';
import {
  eraseQuery,
  matchOf,
  type SearchState,
  searchOlder,
  searchPrompt,
  startSearch,
  typeQuery,
} from './reverseSearch';

/** What the terminal needs from the rest of the app: run a line, the prompt, history and completion. */
export interface ShellPort {
  run(line: string): { output: string; clear: boolean };
  prompt(): string;
  /** This host's history, oldest first (each host has its own, like ~/.bash_history). */
  history(): string[];
  complete(lineBeforeCursor: string): Completion;
}

/** Limits that keep the page responsive under huge pastes and outputs, and how the terminal says it used them. */
export interface TerminalLimits {
  /** Lines of one output the terminal shows: its scrollback, which would drop older lines anyway. */
  outputLines: number;
  /** Characters of one paste that are typed; the rest is dropped, at a line break when there is one. */
  pasteChars: number;
  linesOmitted(count: number): string;
  pasteCut(kept: number, total: number): string;
  /** Runs a task once the browser has painted and handled input (the default runs it at once). */
  schedule(task: () => void): void;
  now(): number;
  /** How long the lines of a paste may run before the terminal yields to the browser. */
  sliceMs: number;
}

export const DEFAULT_LIMITS: TerminalLimits = {
  outputLines: 5000,
  pasteChars: 64 * 1024,
  linesOmitted: (count) => `[${count} earlier lines not shown]`,
  pasteCut: (kept, total) => `[paste cut to its first ${kept} of ${total} characters]`,
  schedule: (task) => task(),
  now: () => 0,
  sliceMs: Number.POSITIVE_INFINITY,
};

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

/** How many columns text takes on screen, colour sequences aside. */
export function visibleWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ESC of colour sequences is the point
  return text.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/** Candidates laid out in columns across the terminal's width, as bash lists them after a double Tab. */
export function columns(candidates: readonly string[], width: number): string {
  const cell = Math.max(...candidates.map((c) => c.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / cell));
  const rows: string[] = [];
  for (let i = 0; i < candidates.length; i += perRow) {
    rows.push(
      candidates
        .slice(i, i + perRow)
        .map((c) => c.padEnd(cell))
        .join('')
        .trimEnd(),
    );
  }
  return rows.join('\n');
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

/** Connects an xterm instance to the shell: line editing, history, Tab, Ctrl-R, Ctrl-C, Ctrl-L, paste. */
export class TerminalController {
  private line: LineState = emptyLine();
  private search: SearchState | null = null;
  private lastWasTab = false;
  /** Rows between the edited line's first row and the cursor: long lines wrap, and redraws must climb back. */
  private cursorRow = 0;
  /** Lines of a paste still to run (the last part is typed, not run); non-empty while a paste runs. */
  private pending: string[] = [];
  /** Keys that arrived while a paste was running, handled after it. */
  private typeAhead: string[] = [];

  constructor(
    private readonly term: Pick<Terminal, 'write' | 'clear' | 'cols'>,
    private readonly shell: ShellPort,
    private readonly limits: TerminalLimits = DEFAULT_LIMITS,
  ) {}

  start(greeting: string): void {
    this.term.write(this.display(greeting));
    this.line = emptyLine(this.shell.history());
    this.redraw();
  }

  /** Handles data from xterm's onData: single keys, escape sequences or pasted text. */
  handleData(data: string): void {
    if (this.pending.length > 0) {
      // A paste is running: Ctrl-C stops it, like an interrupt; other keys wait their turn.
      if (data === '\x03') {
        this.pending = [];
        this.typeAhead = [];
        this.interrupt();
      } else this.typeAhead.push(data);
      return;
    }
    const wasTab = this.lastWasTab;
    this.lastWasTab = data === '\t';
    if (this.search) {
      this.handleSearchKey(data);
      return;
    }
    if (data === '\t') {
      this.tab(wasTab);
      return;
    }
    if (data === '\x12') {
      this.search = startSearch(this.line.history);
      this.redraw();
      return;
    }
    const action = KEY_ACTIONS[data];
    if (action) {
      this.line = action(this.line);
      this.redraw();
      return;
    }
    if (data === '\x03') {
      this.interrupt();
      return;
    }
    if (data === '\x0c') {
      this.term.clear();
      this.term.write('\x1b[2J\x1b[H');
      this.cursorRow = 0;
      this.redraw();
      return;
    }
    if (data.startsWith('\x1b')) return; // other escape sequences (F-keys, etc.) do nothing, as in bash
    this.typeText(data);
  }

  private interrupt(): void {
    this.term.write('^C\r\n');
    this.cursorRow = 0;
    this.line = emptyLine(this.shell.history());
    this.redraw();
  }

  /** Output as the terminal shows it: guarded against control sequences, its last lines, CRLF. */
  private display(output: string): string {
    const shown = lastLines(guardTerminalText(output), this.limits.outputLines, this.limits.linesOmitted);
    return toTerminalText(shown);
  }

  private handleSearchKey(data: string): void {
    const search = this.search as SearchState;
    const history = this.line.history;
    if (data === '\x03' || data === '\x07') {
      this.search = null;
      if (data === '\x03') {
        this.term.write('^C\r\n');
        this.cursorRow = 0;
      }
    } else if (data === '\x12') {
      this.search = searchOlder(search, history);
    } else if (data === '\x7f' || data === '\b') {
      this.search = eraseQuery(search, history);
    } else if (data === '\r' || data.startsWith('\x1b')) {
      // Enter runs the match; any editing key keeps it on the line, as in bash.
      const match = matchOf(search, history);
      this.search = null;
      this.line = { ...this.line, buffer: match, cursor: match.length };
      if (data === '\r') {
        this.typeText('\r');
        return;
      }
    } else if (stripControlCharacters(data)) {
      this.search = typeQuery(search, history, stripControlCharacters(data));
    }
    this.redraw();
  }

  private tab(double: boolean): void {
    const before = this.line.buffer.slice(0, this.line.cursor);
    const completion = this.shell.complete(before);
    const word = before.slice(completion.start);
    if (completion.replacement !== word) {
      this.line = {
        ...this.line,
        buffer:
          before.slice(0, completion.start) +
          completion.replacement +
          this.line.buffer.slice(this.line.cursor),
        cursor: completion.start + completion.replacement.length,
      };
      this.redraw();
      return;
    }
    if (completion.candidates.length > 1 && double) {
      this.term.write(`\r\n${toTerminalText(columns(completion.candidates, this.term.cols || 80))}\r\n`);
      this.cursorRow = 0;
      this.redraw();
      return;
    }
    this.term.write('\x07');
  }

  /**
   * Text may hold several lines (a paste): each complete line runs in order, the rest stays typed. A huge
   * paste is cut (with a notice), and its lines run in slices so the page keeps painting in between.
   */
  private typeText(text: string): void {
    let typed = text;
    if (typed.length > this.limits.pasteChars) {
      // xterm turns a paste's line breaks into \r (Enter); text from elsewhere may still hold \n.
      const limit = this.limits.pasteChars - 1;
      const lineEnd = Math.max(typed.lastIndexOf('\r', limit), typed.lastIndexOf('\n', limit));
      typed = typed.slice(0, lineEnd > 0 ? lineEnd + 1 : this.limits.pasteChars);
      this.term.write(`\r\n${guardTerminalText(this.limits.pasteCut(typed.length, text.length))}\r\n`);
      this.cursorRow = 0;
    }
    this.pending = typed.replace(/\r\n/g, '\r').split(/[\r\n]/);
    this.runPending();
  }

  private runPending(): void {
    if (this.pending.length === 0) return; // interrupted by Ctrl-C between two slices
    const deadline = this.limits.now() + this.limits.sliceMs;
    while (this.pending.length > 1) {
      const printable = stripControlCharacters(this.pending.shift() ?? '');
      if (printable) this.line = insertText(this.line, printable);
      this.submit();
      if (this.pending.length > 1 && this.limits.now() >= deadline) {
        this.limits.schedule(() => this.runPending());
        return;
      }
    }
    const rest = stripControlCharacters(this.pending.shift() ?? '');
    if (rest) this.line = insertText(this.line, rest);
    this.redraw();
    const waiting = this.typeAhead;
    this.typeAhead = [];
    for (const data of waiting) this.handleData(data);
  }

  private submit(): void {
    this.line = moveCursor(this.line, this.line.buffer.length);
    this.redraw();
    this.term.write('\r\n');
    this.cursorRow = 0;
    const command = this.line.buffer;
    const { output, clear } = this.shell.run(command);
    this.line = emptyLine(this.shell.history());
    // What /usr/bin/clear prints (home, erase the screen, erase the scrollback), in order with the writes
    // before it: xterm's clear() would run before they are parsed and keep the `$ clear` line on top.
    if (clear) this.term.write('\x1b[H\x1b[2J\x1b[3J');
    // Output without a final newline still ends its row, so the prompt's redraw cannot overwrite it.
    if (output) this.term.write(this.display(output.endsWith('\n') ? output : `${output}\n`));
  }

  /**
   * Rewrites the prompt and the line in place. A line longer than the terminal wraps over several rows, so the
   * redraw first climbs back to the line's first row, clears to the end of the screen, writes, and then puts
   * the cursor at its row and column.
   */
  private redraw(): void {
    const cols = Math.max(1, this.term.cols || 80);
    const promptText = this.search ? '' : guardTerminalText(this.shell.prompt());
    const body = this.search ? searchPrompt(this.search, this.line.history) : this.line.buffer;
    const promptWidth = visibleWidth(promptText);
    const total = promptWidth + body.length;
    const cursor = this.search ? total : promptWidth + this.line.cursor;
    const climb = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    // At an exact multiple of the width the cursor waits at the end of the last row (xterm's pending wrap).
    const endRow = total > 0 && total % cols === 0 ? total / cols - 1 : Math.floor(total / cols);
    let place = '';
    let row = endRow;
    if (cursor < total) {
      row = Math.floor(cursor / cols);
      const col = cursor % cols;
      place = `${endRow > row ? `\x1b[${endRow - row}A` : ''}\r${col > 0 ? `\x1b[${col}C` : ''}`;
    }
    this.term.write(`${climb}\r\x1b[J${promptText}${body}${place}`);
    this.cursorRow = row;
  }
}
