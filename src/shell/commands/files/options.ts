/**
 * Option parsing for the file commands with glibc getopt_long (shared with the text tools), so clustered
 * flags, `--`, long-option prefixes and the usage-error wording match coreutils.
 */
import { describeOptionError, getopt, type LongOption } from '../../text/getopt';
import { tryHelp } from '../../text/io';
import { type CommandResult, fail, ok } from '../../types';

export interface OptionsFor {
  prog: string;
  /** getopt short-option string, e.g. `'lahtrR1dA'` or `'m:p'`. */
  short: string;
  long?: readonly LongOption[];
  help: string;
  /** Exit status of a usage error: 2 for ls, 1 for most coreutils. */
  usageExit?: number;
  /** `--version` text; coreutils by default. */
  version?: string;
}

export interface Options {
  /** Every option seen, in order (later ones win where they conflict). */
  list: { key: string; value: string | undefined }[];
  has(key: string): boolean;
  /** The last value given for `key`. */
  value(key: string): string | undefined;
  operands: string[];
}

/** Parsed options, or the finished result for `--help`, `--version` and usage errors. */
export function parseOptions(args: readonly string[], spec: OptionsFor): Options | CommandResult {
  const parsed = getopt(args, {
    short: spec.short,
    long: [...(spec.long ?? []), { name: 'help' }, { name: 'version' }],
  });
  const exit = spec.usageExit ?? 1;
  if (!parsed.ok) return fail(describeOptionError(spec.prog, parsed.error) + tryHelp(spec.prog), exit);
  const keys = parsed.options.map((o) => o.key);
  if (keys.includes('help')) return ok(spec.help);
  if (keys.includes('version')) return ok(spec.version ?? `${spec.prog} (GNU coreutils) 9.1\n`);
  return {
    list: parsed.options,
    has: (key) => keys.includes(key),
    value: (key) => parsed.options.findLast((o) => o.key === key)?.value,
    operands: parsed.operands,
  };
}

export function isResult(parsed: Options | CommandResult): parsed is CommandResult {
  return 'exitCode' in parsed;
}

/** `cp: missing file operand` + the try-help line. */
export function usageError(prog: string, message: string): CommandResult {
  return fail(`${prog}: ${message}\n${tryHelp(prog)}`);
}

/** Accumulates a command's streams and its worst exit status as it works through its operands. */
export class Output {
  stdout = '';
  stderr = '';
  exitCode = 0;

  out(text: string): void {
    this.stdout += text;
  }

  error(text: string, exitCode = 1): void {
    this.stderr += text;
    this.exitCode = Math.max(this.exitCode, exitCode);
  }

  result(extra: Partial<CommandResult> = {}): CommandResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode: this.exitCode, ...extra };
  }
}
