// Parsing of sed's `s` and `y` commands: pattern, replacement with & \1..\9 \n and GNU case
// conversions (\U \L \E \u \l), and the flags g p N i/I m/M w.

import { compileRegex, matchSlash, type Reader, type ReplPart, type SedRegex, WS } from './sed-reader';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07' };

function parseReplacement(raw: string): ReplPart[] {
  const parts: ReplPart[] = [];
  const chars = Array.from(raw);
  let lit = '';
  const flush = () => {
    if (lit !== '') parts.push({ lit });
    lit = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '&') {
      flush();
      parts.push({ group: 0 });
    } else if (c === '\\' && i + 1 < chars.length) {
      const d = chars[++i] as string;
      if (/[0-9]/.test(d)) {
        flush();
        parts.push({ group: Number(d) });
      } else if ('ULEul'.includes(d)) {
        flush();
        parts.push({ caseOp: d as 'U' | 'L' | 'E' | 'u' | 'l' });
      } else lit += ESCAPES[d] ?? d;
    } else lit += c;
  }
  flush();
  return parts;
}

export interface SubstSpec {
  re: SedRegex | null;
  repl: ReplPart[];
  global: boolean;
  occurrence: number;
  print: boolean;
  file?: string;
}

export function parseSubst(r: Reader, extended: boolean): SubstSpec {
  const delim = r.next();
  if (delim === undefined || delim === '\n' || delim === '\\') r.fail("unterminated `s' command");
  const pattern = matchSlash(r, delim, true);
  if (pattern === null) r.fail("unterminated `s' command");
  const raw = matchSlash(r, delim, false);
  if (raw === null) r.fail("unterminated `s' command");
  const spec: SubstSpec = {
    re: null,
    repl: parseReplacement(raw),
    global: false,
    occurrence: 0,
    print: false,
  };
  let flags = '';
  for (;;) {
    const c = r.next();
    if (c === undefined || c === '\n' || c === ';') break;
    if (c === '}' || c === '#') {
      r.back();
      break;
    }
    if (WS.has(c)) continue;
    if (c === 'i' || c === 'I') flags += 'I';
    else if (c === 'm' || c === 'M') flags += 'M';
    else if (c === 'e') continue;
    else if (c === 'p') {
      if (spec.print) r.fail("multiple `p' options to `s' command");
      spec.print = true;
    } else if (c === 'g') {
      if (spec.global) r.fail("multiple `g' options to `s' command");
      spec.global = true;
    } else if (/[0-9]/.test(c)) {
      if (spec.occurrence) r.fail("multiple number options to `s' command");
      let d = c;
      while (/[0-9]/.test(r.peek() ?? '')) d += r.next();
      if (Number(d) === 0) r.fail("number option to `s' command may not be zero");
      spec.occurrence = Number(d);
    } else if (c === 'w') {
      r.skipWs();
      let file = '';
      while (r.peek() !== undefined && r.peek() !== '\n') file += r.next();
      spec.file = file;
      break;
    } else r.fail("unknown option to `s'");
  }
  spec.re = compileRegex(r, pattern, extended, flags);
  const groups = spec.re?.groups ?? 9;
  for (const p of spec.repl) {
    if ('group' in p && p.group > groups) r.fail(`invalid reference \\${p.group} on \`s' command's RHS`);
  }
  return spec;
}

/** `y/abc/xyz/`: a character map; `\\`, `\n` and `\delim` are the only escapes. */
export function parseY(r: Reader): Map<string, string> {
  const delim = r.next();
  if (delim === undefined || delim === '\n' || delim === '\\') r.fail("unterminated `y' command");
  const side = () => {
    const raw = matchSlash(r, delim, false);
    if (raw === null) r.fail("unterminated `y' command");
    const out: string[] = [];
    const chars = Array.from(raw);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] as string;
      if (c === '\\' && (chars[i + 1] === '\\' || chars[i + 1] === 'n')) {
        out.push(chars[++i] === 'n' ? '\n' : '\\');
      } else out.push(c);
    }
    return out;
  };
  const from = side();
  const to = side();
  if (from.length !== to.length) r.fail("strings for `y' command are different lengths");
  return new Map(from.map((c, i) => [c, to[i] as string]));
}
