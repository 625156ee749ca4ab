// tr: translate, delete or squeeze BYTES (GNU tr has no multibyte support, so `tr é e` really
// maps each of é's two UTF-8 bytes). Sets support ranges, [:classes:], [=c=], [c*n] and escapes.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import { fromBytes, quoteLocale, type TextIO, type TextResult, toBytes, tryHelp } from './io';

const LONG = [
  { name: 'complement', key: 'c' },
  { name: 'delete', key: 'd' },
  { name: 'squeeze-repeats', key: 's' },
  { name: 'truncate-set1', key: 't' },
  { name: 'help' },
  { name: 'version' },
] as const;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const CLASSES: Record<string, number[]> = {
  upper: range(65, 90),
  lower: range(97, 122),
  digit: range(48, 57),
  alpha: [...range(65, 90), ...range(97, 122)],
  alnum: [...range(48, 57), ...range(65, 90), ...range(97, 122)],
  xdigit: [...range(48, 57), ...range(65, 70), ...range(97, 102)],
  space: [9, 10, 11, 12, 13, 32],
  blank: [9, 32],
  punct: [...range(33, 47), ...range(58, 64), ...range(91, 96), ...range(123, 126)],
  print: range(32, 126),
  graph: range(33, 126),
  cntrl: [...range(0, 31), 127],
};
const ESC: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

class TrError extends Error {}

interface ParsedSet {
  bytes: number[];
  classes: string[];
  /** Index of a `[c*]` fill construct, which stretches SET2 to SET1's length. */
  fill?: { at: number; byte: number };
}

/** Expands one SET operand into its byte sequence. */
function parseSet(text: string, isSet2: boolean): ParsedSet {
  const src = Array.from(toBytes(text));
  // First resolve escapes into a list of [byte, wasEscaped] atoms.
  const atoms: [number, boolean][] = [];
  for (let i = 0; i < src.length; i++) {
    const b = src[i] as number;
    if (b !== 92) {
      atoms.push([b, false]);
      continue;
    }
    if (i + 1 >= src.length) {
      atoms.push([92, true]);
      continue;
    }
    const n = String.fromCharCode(src[i + 1] as number);
    if (/[0-7]/.test(n)) {
      let d = '';
      while (d.length < 3 && i + 1 < src.length && /[0-7]/.test(String.fromCharCode(src[i + 1] as number))) {
        d += String.fromCharCode(src[++i] as number);
      }
      atoms.push([Number.parseInt(d, 8) & 0xff, true]);
    } else {
      atoms.push([ESC[n] ?? (src[i + 1] as number), true]);
      i++;
    }
  }
  const out: ParsedSet = { bytes: [], classes: [] };
  const chr = (k: number) => (atoms[k] && !atoms[k][1] ? String.fromCharCode(atoms[k][0]) : '');
  for (let k = 0; k < atoms.length; k++) {
    const [b] = atoms[k] as [number, boolean];
    if (chr(k) === '[') {
      const rest = atoms
        .slice(k + 1)
        .map(([x, esc]) => (esc ? '\u0000' : String.fromCharCode(x)))
        .join('');
      const cls = /^:([a-z]+):\]/.exec(rest);
      if (cls) {
        const members = CLASSES[cls[1] as string];
        if (!members) throw new TrError(`invalid character class ${quoteLocale(cls[1] as string)}`);
        if (isSet2 && cls[1] !== 'upper' && cls[1] !== 'lower') {
          throw new TrError(
            "when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'",
          );
        }
        out.bytes.push(...members);
        out.classes.push(cls[1] as string);
        k += cls[0].length;
        continue;
      }
      const eq = /^=.=\]/s.exec(rest);
      if (eq) {
        out.bytes.push(atoms[k + 2]?.[0] as number);
        k += 4;
        continue;
      }
      const rep = /^.\*(\d*)\]/s.exec(rest);
      if (rep) {
        const byte = atoms[k + 1]?.[0] as number;
        const digits = rep[1] as string;
        // Counts beyond any useful length are capped so `[x*999999999]` cannot exhaust memory.
        const count = Math.min(
          digits === '' ? 0 : Number.parseInt(digits, digits.startsWith('0') ? 8 : 10),
          65536,
        );
        // [c*n] is fine anywhere; only the open-ended [c*] is reserved for SET2.
        if (!isSet2 && count === 0) throw new TrError('the [c*] repeat construct may not appear in string1');
        if (count === 0) out.fill = { at: out.bytes.length, byte };
        else out.bytes.push(...Array<number>(count).fill(byte));
        k += rep[0].length;
        continue;
      }
    }
    if (chr(k + 1) === '-' && k + 2 < atoms.length) {
      const hi = atoms[k + 2]?.[0] as number;
      if (hi < b) {
        const show = (x: number) => String.fromCharCode(x);
        throw new TrError(
          `range-endpoints of '${show(b)}-${show(hi)}' are in reverse collating sequence order`,
        );
      }
      out.bytes.push(...range(b, hi));
      k += 2;
      continue;
    }
    out.bytes.push(b);
  }
  return out;
}

const usage = (msg: string): TextResult => ({
  stdout: '',
  stderr: `tr: ${msg}\n${tryHelp('tr')}`,
  exitCode: 1,
});

export function tr(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'cCdst', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('tr', parsed.error) + tryHelp('tr'), exitCode: 1 };
  let complement = false;
  let del = false;
  let squeeze = false;
  let truncate = false;
  for (const { key } of parsed.options) {
    if (key === 'help') return { stdout: HELP.tr as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'tr (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'c' || key === 'C') complement = true;
    if (key === 'd') del = true;
    if (key === 's') squeeze = true;
    if (key === 't') truncate = true;
  }
  const ops = parsed.operands;
  const translating = !del && ops.length >= 2;
  const needed = del && squeeze ? 2 : del || (squeeze && ops.length < 2) ? 1 : 2;
  if (ops.length === 0) return usage('missing operand');
  if (ops.length < needed) {
    const why = del ? 'both deleting and squeezing repeats' : 'translating';
    return usage(
      `missing operand after ${quoteLocale(ops[ops.length - 1] as string)}\nTwo strings must be given when ${why}.`,
    );
  }
  if (ops.length > needed) {
    const hint =
      del && !squeeze ? '\nOnly one string may be given when deleting without squeezing repeats.' : '';
    return usage(`extra operand ${quoteLocale(ops[needed] as string)}${hint}`);
  }
  let set1: number[];
  let set2: ParsedSet | null;
  try {
    set1 = parseSet(ops[0] as string, false).bytes;
    set2 = ops[1] === undefined ? null : parseSet(ops[1], translating);
  } catch (e) {
    if (e instanceof TrError) return { stdout: '', stderr: `tr: ${e.message}\n`, exitCode: 1 };
    throw e;
  }
  if (complement) {
    const inSet = new Set(set1);
    set1 = range(0, 255).filter((b) => !inSet.has(b));
  }
  const input = toBytes(io.stdin);
  let out: number[] = Array.from(input);
  if (translating && set2) {
    let target = set2.bytes;
    if (set2.fill) {
      const missing = Math.max(0, set1.length - target.length);
      target = [
        ...target.slice(0, set2.fill.at),
        ...Array<number>(missing).fill(set2.fill.byte),
        ...target.slice(set2.fill.at),
      ];
    }
    if (target.length === 0 && !truncate)
      return { stdout: '', stderr: 'tr: when not truncating set1, string2 must be non-empty\n', exitCode: 1 };
    if (truncate) set1 = set1.slice(0, target.length);
    const map = range(0, 255);
    set1.forEach((b, i) => {
      map[b] = target[Math.min(i, target.length - 1)] as number;
    });
    out = out.map((b) => map[b] as number);
  }
  if (del) {
    const gone = new Set(set1);
    out = out.filter((b) => !gone.has(b));
  }
  if (squeeze) {
    const sq = new Set(translating || del ? (set2?.bytes ?? []) : set1);
    out = out.filter((b, i) => !(i > 0 && b === out[i - 1] && sq.has(b)));
  }
  // GNU warns (once per operand) about a lone trailing backslash but still treats it literally.
  const warning = ops
    .filter((op) => /(^|[^\\])(\\\\)*\\$/.test(op))
    .map(() => 'tr: warning: an unescaped backslash at end of string is not portable\n')
    .join('');
  return { stdout: fromBytes(Uint8Array.from(out)), stderr: warning, exitCode: 0 };
}
