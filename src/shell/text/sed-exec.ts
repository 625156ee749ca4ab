// The sed execution engine: cycles over input lines with pattern and hold space, addresses and
// ranges (GNU match_address_p), branching, the append queue, and GNU's handling of a last line
// without newline (it stays unterminated unless something is printed after it).

import type { Addr, Command, SedRegex } from './sed-reader';
import { listLine, substitute } from './sed-text';

export interface Line {
  text: string;
  /** The line ended with a newline in the input. */
  nl: boolean;
  file: string;
}

export interface Unit {
  lines: Line[];
}

export interface ExecHooks {
  readFile(path: string): string | null;
}

interface RangeState {
  active: boolean;
  end?: number;
}

/** Guards against scripts that never end (`:a;ba`), which would freeze the browser tab. */
const STEP_LIMIT = 2_000_000;
const SPACE_LIMIT = 16_000_000;

export class SedLimitError extends Error {}

export class SedMachine {
  private steps = 0;
  private readonly readCursor = new Map<string, number>();
  hold = '';
  exitCode = 0;
  quit = false;
  /** `w` files, in order of first use. */
  readonly wfiles = new Map<string, string>();
  private lastRe: SedRegex | null = null;
  private readonly compiled = new Map<SedRegex, RegExp>();
  private ranges = new Map<Command, RangeState>();

  constructor(
    private readonly commands: Command[],
    private readonly quiet: boolean,
    private readonly hooks: ExecHooks,
    private readonly lineWrap: number,
  ) {}

  private regex(re: SedRegex | null): RegExp {
    const r = re ?? this.lastRe;
    if (!r) throw new Error('no previous regular expression');
    this.lastRe = r;
    let c = this.compiled.get(r);
    if (!c) {
      c = new RegExp(r.source, `${r.flags}g`);
      this.compiled.set(r, c);
    }
    c.lastIndex = 0;
    return c;
  }

  /** Runs one input unit (the whole stream, or one file with -s / -i); returns its output. */
  run(unit: Unit, lineBase: number): { out: string; lines: number } {
    let out = '';
    let missing = false;
    const emit = (text: string, nl: boolean) => {
      if (missing) out += '\n';
      out += text;
      if (nl) out += '\n';
      missing = !nl;
    };
    const raw = (text: string) => {
      if (missing) out += '\n';
      missing = false;
      out += text;
    };
    const lines = unit.lines;
    let idx = 0;
    let ps = '';
    let cur: Line = { text: '', nl: true, file: '-' };
    let append: string[] = [];
    const flushAppend = () => {
      for (const a of append) raw(a);
      append = [];
    };
    let replaced = false;
    const read = () => {
      flushAppend();
      cur = lines[idx++] as Line;
      replaced = false;
      return cur.text;
    };
    this.ranges = new Map();
    const isLast = () => idx >= lines.length;
    const lineNo = () => lineBase + idx;

    let restart = false;
    while (!this.quit && (restart || idx < lines.length)) {
      if (!restart) ps = read();
      restart = false;
      let autoprint = !this.quiet;
      let pc = 0;
      cycle: while (pc < this.commands.length) {
        const cmd = this.commands[pc] as Command;
        const hit = this.matches(cmd, ps, lineNo(), isLast()) !== cmd.negate;
        if (!hit) {
          pc = cmd.name === '{' ? (cmd.jump as number) + 1 : pc + 1;
          continue;
        }
        pc++;
        if (++this.steps > STEP_LIMIT || ps.length > SPACE_LIMIT) throw new SedLimitError();
        switch (cmd.name) {
          case '=':
            raw(`${lineNo()}\n`);
            break;
          case 'a':
            append.push(cmd.text as string);
            break;
          case 'i':
            raw(cmd.text as string);
            break;
          case 'c': {
            const state = this.ranges.get(cmd);
            if (cmd.negate || !cmd.a2 || !state?.active) raw(cmd.text as string);
            autoprint = false;
            break cycle;
          }
          case 'd':
            autoprint = false;
            break cycle;
          case 'D': {
            const nlAt = ps.indexOf('\n');
            autoprint = false;
            if (nlAt >= 0) {
              ps = ps.slice(nlAt + 1);
              restart = true;
            }
            break cycle;
          }
          case 'g':
            ps = this.hold;
            break;
          case 'G':
            ps += `\n${this.hold}`;
            break;
          case 'h':
            this.hold = ps;
            break;
          case 'H':
            this.hold += `\n${ps}`;
            break;
          case 'x':
            [ps, this.hold] = [this.hold, ps];
            break;
          case 'z':
            ps = '';
            break;
          case 'l':
            raw(listLine(ps, cmd.exit ?? this.lineWrap));
            break;
          case 'F':
            raw(`${cur.file}\n`);
            break;
          case 'p':
            emit(ps, cur.nl);
            break;
          case 'P': {
            const nlAt = ps.indexOf('\n');
            emit(nlAt < 0 ? ps : ps.slice(0, nlAt), nlAt >= 0 || cur.nl);
            break;
          }
          case 'n':
          case 'N':
            // GNU ends the script normally (so the pattern space is still auto-printed) when there
            // is no next line; POSIX would discard it for N.
            if (isLast()) break cycle;
            if (cmd.name === 'n') {
              if (!this.quiet) emit(ps, cur.nl);
              ps = read();
            } else ps += `\n${read()}`;
            break;
          case 'q':
            this.exitCode = cmd.exit ?? 0;
            this.quit = true;
            break cycle;
          case 'Q':
            this.exitCode = cmd.exit ?? 0;
            this.quit = true;
            autoprint = false;
            break cycle;
          case 'r': {
            const content = this.hooks.readFile(cmd.file as string);
            if (content !== null && content !== '') append.push(content);
            break;
          }
          case 'R': {
            // One more line of the file per execution, queued like `r`.
            const content = this.hooks.readFile(cmd.file as string) ?? '';
            const at = this.readCursor.get(cmd.file as string) ?? 0;
            const nl = content.indexOf('\n', at);
            if (at < content.length)
              append.push(nl < 0 ? `${content.slice(at)}\n` : content.slice(at, nl + 1));
            this.readCursor.set(cmd.file as string, nl < 0 ? content.length : nl + 1);
            break;
          }
          case 'w':
            this.write(cmd.file as string, ps, raw);
            break;
          case 'W': {
            const nlAt = ps.indexOf('\n');
            this.write(cmd.file as string, nlAt < 0 ? ps : ps.slice(0, nlAt), raw);
            break;
          }
          case 'b':
            pc = cmd.jump as number;
            break;
          case 't':
          case 'T':
            if (replaced === (cmd.name === 't')) pc = cmd.jump as number;
            replaced = false;
            break;
          case 'y':
            ps = Array.from(ps, (ch) => cmd.map?.get(ch) ?? ch).join('');
            break;
          case 's': {
            const result = this.substitute(ps, cmd);
            if (result === null) break;
            ps = result;
            replaced = true;
            if (cmd.print) emit(ps, cur.nl);
            if (cmd.file !== undefined) this.write(cmd.file, ps, raw);
            break;
          }
        }
      }
      if (autoprint) emit(ps, cur.nl);
      flushAppend();
    }
    return { out, lines: idx };
  }

  private write(file: string, ps: string, raw: (t: string) => void): void {
    if (file === '/dev/stdout') raw(`${ps}\n`);
    else this.wfiles.set(file, `${this.wfiles.get(file) ?? ''}${ps}\n`);
  }

  private substitute(ps: string, cmd: Command): string | null {
    return substitute(this.regex(cmd.re ?? null), ps, cmd);
  }

  private matchOne(a: Addr, ps: string, n: number, last: boolean): boolean {
    switch (a.kind) {
      case 'line':
        return n === a.n;
      case 'last':
        return last;
      case 'zero':
        return false;
      case 'step':
        return a.step <= 0 ? n === a.first : n >= a.first && (n - a.first) % a.step === 0;
      case 're':
        return this.regex(a.re).test(ps);
      default:
        return false;
    }
  }

  private matches(cmd: Command, ps: string, n: number, last: boolean): boolean {
    const { a1, a2 } = cmd;
    if (!a1) return true;
    if (!a2) return this.matchOne(a1, ps, n, last);
    let state = this.ranges.get(cmd);
    if (!state) {
      // `0,/re/` starts out inside the range, so the regex may end it on line 1.
      state = { active: a1.kind === 'zero' };
      this.ranges.set(cmd, state);
    }
    if (!state.active) {
      if (!this.matchOne(a1, ps, n, last)) return false;
      if (a2.kind === 'line') {
        if (n >= a2.n) return true;
        state.end = a2.n;
      } else if (a2.kind === 'plus') {
        if (a2.n === 0) return true;
        state.end = n + a2.n;
      } else if (a2.kind === 'mult') {
        if (a2.n <= 0 || n % a2.n === 0) return true;
        state.end = Math.ceil(n / a2.n) * a2.n;
      } else state.end = undefined;
      state.active = true;
      return true;
    }
    if (state.end !== undefined) {
      if (n >= state.end) state.active = false;
      return n <= state.end;
    }
    if (this.matchOne(a2, ps, n, last)) state.active = false;
    return true;
  }
}
