// Parser for sed scripts, following GNU sed's compile.c closely enough that error messages carry
// the same "-e expression #N, char M" positions (M counts the characters read so far).

import { type Addr, type Command, compileRegex, matchSlash, Reader, SedError, WS } from './sed-reader';
import { parseSubst, parseY } from './sed-subst';

export interface ParsedScript {
  commands: Command[];
  /** The script starts with `#n` on its own line, which acts like -n. */
  quiet: boolean;
}

export function parseScript(chunks: readonly string[], extended: boolean): ParsedScript {
  const commands: Command[] = [];
  const blocks: number[] = [];
  let quiet = false;
  let pendingText: Command | null = null;
  chunks.forEach((chunk, index) => {
    const r = new Reader(chunk, index);
    if (index === 0 && /^#n(\n|$)/.test(chunk)) quiet = true;
    if (pendingText) pendingText.text = readTextBody(r);
    pendingText = null;
    for (;;) {
      while (WS.has(r.peek() as string) || r.peek() === ';' || r.peek() === '\n') r.pos++;
      if (r.peek() === undefined) break;
      if (r.peek() === '#') {
        while (r.peek() !== undefined && r.peek() !== '\n') r.pos++;
        continue;
      }
      const cmd = parseCommand(r, extended, commands, blocks);
      if (cmd) commands.push(cmd);
      if (cmd?.text === null) {
        cmd.text = '';
        pendingText = cmd;
      }
    }
  });
  if (blocks.length > 0) throw new SedError("-e expression #1, char 0: unmatched `{'");
  resolveLabels(commands);
  return { commands, quiet };
}

function resolveLabels(commands: Command[]): void {
  const labels = new Map<string, number>();
  commands.forEach((c, i) => {
    if (c.name === ':') labels.set(c.label as string, i);
  });
  for (const c of commands) {
    if ('btT'.includes(c.name) && c.name.length === 1) {
      if (c.label === '') c.jump = commands.length;
      else {
        const target = labels.get(c.label as string);
        if (target === undefined) throw new SedError(`can't find label for jump to \`${c.label}'`, 4);
        c.jump = target;
      }
    }
  }
}

function readNumber(r: Reader): number {
  let d = '';
  while (/[0-9]/.test(r.peek() ?? '')) d += r.next();
  return Number(d);
}

function parseRegexAddr(r: Reader, delim: string, extended: boolean): Addr {
  const pattern = matchSlash(r, delim, true);
  if (pattern === null) r.fail('unterminated address regex');
  let flags = '';
  while (r.peek() === 'I' || r.peek() === 'M') flags += r.next();
  return { kind: 're', re: compileRegex(r, pattern, extended, flags) };
}

function parseAddr(r: Reader, extended: boolean, second: boolean): Addr | null {
  const c = r.peek();
  if (c === undefined) return null;
  if (/[0-9]/.test(c)) {
    const n = readNumber(r);
    if (!second && r.peek() === '~') {
      r.next();
      return { kind: 'step', first: n, step: readNumber(r) };
    }
    return n === 0 && !second ? { kind: 'zero' } : { kind: 'line', n };
  }
  if (second && (c === '+' || c === '~')) {
    r.next();
    if (!/[0-9]/.test(r.peek() ?? '')) r.fail('expected newer version of sed');
    return { kind: c === '+' ? 'plus' : 'mult', n: readNumber(r) };
  }
  if (c === '$') {
    r.next();
    return { kind: 'last' };
  }
  if (c === '/' || c === '\\') {
    r.next();
    const delim = c === '/' ? '/' : r.next();
    if (delim === undefined) r.fail('unterminated address regex');
    return parseRegexAddr(r, delim, extended);
  }
  return null;
}

/** After a command: only blanks, then end of line, `;`, `}` or `#`. */
function endOfCommand(r: Reader): void {
  r.skipWs();
  const c = r.peek();
  if (c === undefined || c === '\n' || c === ';') {
    if (c !== undefined) r.next();
    return;
  }
  if (c === '}' || c === '#') return;
  r.next();
  r.fail('extra characters after command');
}

function readLabel(r: Reader): string {
  r.skipWs();
  let label = '';
  while (r.peek() !== undefined && r.peek() !== '\n' && r.peek() !== ';' && !WS.has(r.peek() as string))
    label += r.next();
  return label;
}

function readToEol(r: Reader): string {
  r.skipWs();
  let s = '';
  while (r.peek() !== undefined && r.peek() !== '\n') s += r.next();
  return s;
}

/** Text of a/i/c in both the POSIX (`a\` newline text) and the GNU one-line (`a text`) forms. */
function readText(r: Reader): string | null {
  r.skipWs();
  if (r.peek() === undefined) r.fail("expected \\ after `a', `c' or `i'");
  if (r.peek() === '\\') {
    r.next();
    if (r.peek() === '\n') r.next();
    // A bare `a\` ends this -e chunk: the text is the next chunk (or nothing).
    if (r.peek() === undefined) return null;
  }
  return readTextBody(r);
}

/** The text itself: up to an unescaped newline; backslash-newline continues the text. */
function readTextBody(r: Reader): string {
  let text = '';
  for (;;) {
    const c = r.next();
    if (c === undefined || c === '\n') break;
    if (c === '\\') {
      const d = r.next();
      if (d === undefined) break;
      text += d;
    } else text += c;
  }
  return `${text}\n`;
}

const NO_ADDRESS = new Set([':', '}']);
const ONE_ADDRESS = new Set(['=', 'a', 'i', 'q', 'Q', 'r']);

function parseCommand(r: Reader, extended: boolean, commands: Command[], blocks: number[]): Command | null {
  const cmd: Command = { name: '', negate: false };
  const a1 = parseAddr(r, extended, false);
  if (a1) {
    cmd.a1 = a1;
    r.skipWs();
    if (r.peek() === ',') {
      r.next();
      r.skipWs();
      const a2 = parseAddr(r, extended, true);
      if (!a2) r.fail("unexpected `,'");
      cmd.a2 = a2;
    }
    if (a1.kind === 'zero' && cmd.a2?.kind !== 're') {
      r.next();
      r.fail('invalid usage of line address 0');
    }
  }
  r.skipWs();
  if (r.peek() === '!') {
    r.next();
    cmd.negate = true;
    r.skipWs();
    if (r.peek() === '!') {
      r.next();
      r.fail("multiple `!'s");
    }
  }
  const name = r.next();
  if (name === undefined || name === '\n' || name === ';') r.fail('missing command');
  cmd.name = name;
  if (cmd.a1 && NO_ADDRESS.has(name))
    r.fail(name === '}' ? "unexpected `}'" : ": doesn't want any addresses");
  if (cmd.a2 && ONE_ADDRESS.has(name) && !'ai'.includes(name)) r.fail('command only uses one address');
  switch (name) {
    case '{':
      blocks.push(commands.length);
      return cmd;
    case '}': {
      const open = blocks.pop();
      if (open === undefined) r.fail("unexpected `}'");
      (commands[open] as Command).jump = commands.length;
      endOfCommand(r);
      return cmd;
    }
    case '#':
      r.fail("comments don't accept any addresses");
      break;
    case '=':
    case 'd':
    case 'D':
    case 'g':
    case 'G':
    case 'h':
    case 'H':
    case 'n':
    case 'N':
    case 'p':
    case 'P':
    case 'x':
    case 'z':
    case 'F':
      endOfCommand(r);
      return cmd;
    case 'l':
    case 'q':
    case 'Q':
    case 'L': {
      r.skipWs();
      if (/[0-9]/.test(r.peek() ?? '')) cmd.exit = readNumber(r);
      endOfCommand(r);
      return cmd;
    }
    case 'a':
    case 'i':
    case 'c':
      cmd.text = readText(r);
      return cmd;
    case ':': {
      const label = readLabel(r);
      if (label === '') r.fail('":" lacks a label');
      cmd.label = label;
      if (r.peek() === ';') r.next();
      return cmd;
    }
    case 'b':
    case 't':
    case 'T':
      cmd.label = readLabel(r);
      endOfCommand(r);
      return cmd;
    case 'r':
    case 'R':
    case 'w':
    case 'W':
      cmd.file = readToEol(r);
      if (cmd.file === '') r.fail('missing filename in r/R/w/W commands');
      return cmd;
    case 's': {
      const s = parseSubst(r, extended);
      Object.assign(cmd, s);
      return cmd;
    }
    case 'y':
      cmd.map = parseY(r);
      endOfCommand(r);
      return cmd;
    case 'v':
      readLabel(r);
      endOfCommand(r);
      return null;
    default:
      r.fail(`unknown command: \`${name}'`);
  }
  return cmd;
}
