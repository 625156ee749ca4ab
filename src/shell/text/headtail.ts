// Pieces shared by head and tail: GNU count syntax with multiplier suffixes, the obsolete `-NUM`
// shorthand, per-file headers and the way each tool reports unreadable inputs.

import { ERRNO_TEXT, quoteAlways, readInput, type TextIO } from './io';

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  b: 512,
  k: 1024,
  K: 1024,
  KiB: 1024,
  kB: 1000,
  KB: 1000,
  M: 1024 ** 2,
  MiB: 1024 ** 2,
  MB: 1000 ** 2,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
  GB: 1000 ** 3,
  T: 1024 ** 4,
  TB: 1000 ** 4,
};

export interface Count {
  n: number;
  /** head: leading `-` (all but the last N); tail: leading `+` (start at N). */
  sign: '' | '-' | '+';
}

/** Parses `[+-]NUM[suffix]`; null when invalid. */
export function parseCount(s: string): Count | null {
  const m = /^\s*([+-]?)(\d+)([a-zA-Z]*)$/.exec(s);
  if (!m) return null;
  const mult = MULTIPLIERS[m[3] as string];
  if (mult === undefined) return null;
  return { n: Number(m[2]) * mult, sign: m[1] as Count['sign'] };
}

/** Rewrites an obsolete leading `-NUM[cl...]` (e.g. `head -5`, `tail -3c`) into `-n NUM` / `-c NUM`. */
export function expandObsolete(args: readonly string[], letters: string): string[] {
  const first = args[0];
  const m = first === undefined ? null : new RegExp(`^-(\\d+)([${letters}]*)$`).exec(first);
  if (!m) return [...args];
  const flags = m[2] as string;
  const unit = flags.includes('c') ? '-c' : '-n';
  const extra = flags.replace(/[cl]/g, '');
  return [unit, m[1] as string, ...(extra ? [`-${extra}`] : []), ...args.slice(1)];
}

/**
 * tail's obsolete `-N[bcl][f]` / `+N[bcl][f]` form, accepted only as the sole option followed by at
 * most one file (coreutils parse_obsolete_option); returns null when it does not apply.
 */
export function tailObsolete(args: readonly string[]): string[] | null {
  const [first, second] = args;
  if (first === undefined || args.length > 2) return null;
  if (second?.startsWith('-') && second.length > 1) return null;
  const m = /^([-+])(\d*)([bcl]?)(f?)$/.exec(first);
  if (!m || first === '-' || first === '-c' || first === '+') return null;
  const n = (m[2] === '' ? 10 : Number(m[2])) * (m[3] === 'b' ? 512 : 1);
  const unit = m[3] === 'b' || m[3] === 'c' ? '-c' : '-n';
  return [unit, `${m[1] === '+' ? '+' : ''}${n}`, ...(m[4] ? ['-f'] : []), ...args.slice(1)];
}

/** Lines with their terminators; a final line without newline stays unterminated. */
export function linesWithEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export interface Source {
  name: string;
  header: string;
  content?: string;
  error?: string;
}

/**
 * Opens every operand the way head/tail do: a header names each input (`standard input` for -),
 * a missing file is a `cannot open` error without header, a directory opens and then fails to read.
 */
export function openSources(prog: string, files: readonly string[], io: TextIO): Source[] {
  return files.map((file) => {
    const header = file === '-' ? 'standard input' : file;
    const r = readInput(io, file);
    if (r.ok) return { name: file, header, content: r.content };
    if (r.error === 'EISDIR') {
      return {
        name: file,
        header,
        error: `${prog}: error reading ${quoteAlways(file)}: ${ERRNO_TEXT[r.error]}\n`,
      };
    }
    return {
      name: file,
      header: '',
      error: `${prog}: cannot open ${quoteAlways(file)} for reading: ${ERRNO_TEXT[r.error]}\n`,
    };
  });
}

/** Concatenates per-file output with `==> name <==` headers separated by a blank line. */
export function withHeaders(sources: Source[], showHeaders: boolean, body: (content: string) => string) {
  let stdout = '';
  let stderr = '';
  let first = true;
  for (const s of sources) {
    if (showHeaders && s.header !== '') {
      stdout += `${first ? '' : '\n'}==> ${s.header} <==\n`;
      first = false;
    }
    if (s.content === undefined) stderr += s.error;
    else stdout += body(s.content);
  }
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}
