// Shared contract and small helpers for the text tools. Every tool is a pure function of its
// arguments and a TextIO: nothing here touches the DOM, the clock or Node APIs, so the same code
// runs in the browser shell, in the headless runner and in tests.

export type ReadError = 'ENOENT' | 'EISDIR' | 'EACCES';
export type ReadResult = { ok: true; content: string } | { ok: false; error: ReadError };

export interface TextIO {
  /** Data piped into the command; '' when none. */
  stdin: string;
  /** Reads a file; the caller resolves relative paths. */
  readFile(path: string): ReadResult;
  /**
   * Regular files below `dir`, recursively, as paths RELATIVE to `dir` (e.g. `sites-enabled/loja`),
   * sorted; null when `dir` is not a directory. grep -r joins them to `dir` the way GNU grep prints them.
   */
  listFiles(dir: string): string[] | null;
  /** Modification-time label for diff -u headers, e.g. `2026-11-29 12:00:00.000000000 +0000`. */
  mtimeLabel?(path: string): string;
}

export interface FileWrite {
  path: string;
  content: string;
  append: boolean;
}

export interface TextResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Files to write (sed -i, tee, uniq OUTPUT); the caller applies them. */
  writes?: FileWrite[];
}

export type TextTool = (args: string[], io: TextIO) => TextResult;

export const ERRNO_TEXT: Record<ReadError, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
};

export function ok(stdout: string, exitCode = 0, stderr = ''): TextResult {
  return { stdout, stderr, exitCode };
}

export function fail(stderr: string, exitCode: number, stdout = ''): TextResult {
  return { stdout, stderr, exitCode };
}

/** Reads an operand; `-` is standard input, as in every GNU tool. */
export function readInput(io: TextIO, path: string): ReadResult {
  if (path === '-') return { ok: true, content: io.stdin };
  return io.readFile(path);
}

// GNU text processing is byte-oriented in several tools (cut -b/-c, tr, head -c, cat -v); these two
// helpers move between JS strings and UTF-8 bytes. TextDecoder replaces broken sequences with U+FFFD.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
export function toBytes(s: string): Uint8Array {
  return encoder.encode(s);
}
export function fromBytes(b: Uint8Array): string {
  return decoder.decode(b);
}

/** Splits text into lines; `final` tells whether the last line ended with a newline. */
export function splitLines(text: string): { lines: string[]; final: boolean } {
  if (text === '') return { lines: [], final: true };
  const lines = text.split('\n');
  const final = text.endsWith('\n');
  if (final) lines.pop();
  return { lines, final };
}

/** Joins lines and terminates each with a newline (sort, uniq, grep always do). */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** gnulib quote(): locale quoting, curly quotes in a UTF-8 locale. */
export function quoteLocale(s: string): string {
  return `‘${s}’`;
}

const SHELL_SAFE = /^[A-Za-z0-9_./,:=+@%^-]+$/;

/** gnulib quoteaf(): always shell-quoted, e.g. `'my file'`. */
export function quoteAlways(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

/** gnulib quotef(): shell-quoted only when the name needs it. */
export function quoteIfNeeded(s: string): string {
  return SHELL_SAFE.test(s) ? s : quoteAlways(s);
}

/** The second line coreutils prints after a usage error. */
export function tryHelp(prog: string): string {
  return `Try '${prog} --help' for more information.\n`;
}
