import { describeOptionError, getopt, type LongOption, type OptionSpec } from '../text/getopt';
import { type CommandResult, fail, ok } from '../types';

/** Options as a command reads them: which flags were given (last value wins) and the operands. */
export interface Options {
  has(key: string): boolean;
  value(key: string): string | undefined;
  /** Every value given to a repeatable option (`-u A -u B`). */
  values(key: string): string[];
  /** Flags in the order they were typed (for tools where order matters). */
  keys: string[];
  operands: string[];
}

export interface CliSpec extends OptionSpec {
  /** Printed on stdout for `--help`. */
  help: string;
  /** What follows the getopt message: coreutils' `Try 'x --help'…` line by default. */
  tail?: string;
  /** Exit status of a usage error (1 for most tools, 2 for some). */
  status?: number;
}

/**
 * getopt long options from `name: key` pairs: `'u:'` takes an argument, `'I::'` an optional one, and an empty
 * key names the option by itself (`version: ''`).
 */
export function aliases(map: Readonly<Record<string, string>>): LongOption[] {
  return Object.entries(map).map(([name, spec]) => {
    const arg = spec.endsWith('::') ? 'optional' : spec.endsWith(':') ? 'required' : 'none';
    return { name, key: spec.replace(/:+$/, '') || name, arg };
  });
}

export function tryHelp(prog: string): string {
  return `Try '${prog} --help' for more information.\n`;
}

/**
 * getopt_long over `args` with the tool's own error wording; `--help` answers with the usage text. Returns the
 * options, or the finished result (help or usage error) the command should return as it is.
 */
export function parseOptions(prog: string, args: readonly string[], spec: CliSpec): Options | CommandResult {
  const longs = [
    ...(spec.long ?? []),
    ...(spec.long?.some((l) => l.name === 'help') ? [] : [{ name: 'help' }]),
  ];
  const parsed = getopt(args, { short: spec.short, long: longs });
  if (!parsed.ok)
    return fail(describeOptionError(prog, parsed.error) + (spec.tail ?? tryHelp(prog)), spec.status ?? 1);
  if (parsed.options.some((o) => o.key === 'help')) return ok(spec.help);
  const values = new Map<string, string | undefined>();
  for (const o of parsed.options) values.set(o.key, o.value);
  return {
    has: (key) => values.has(key),
    value: (key) => values.get(key),
    values: (key) => parsed.options.flatMap((o) => (o.key === key && o.value !== undefined ? [o.value] : [])),
    keys: parsed.options.map((o) => o.key),
    operands: parsed.operands,
  };
}

export function isResult(x: Options | CommandResult): x is CommandResult {
  return 'exitCode' in x;
}

/** coreutils' message for an operand a tool does not take. */
export function extraOperand(prog: string, operand: string): CommandResult {
  return fail(`${prog}: extra operand ‘${operand}’\n${tryHelp(prog)}`);
}

/** FNV-1a: a stable number from a name, for PIDs, MAC addresses and timings that must not change between runs. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
