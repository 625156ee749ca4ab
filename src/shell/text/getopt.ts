// A faithful-enough re-implementation of glibc getopt_long: GNU argument permutation, clustered
// short options, `--` terminator, unique-prefix long options and the exact error wording, so that
// usage errors read like the real tools.

export interface LongOption {
  name: string;
  arg?: 'none' | 'required' | 'optional';
  /** Key reported for this option; defaults to the name (use the short letter to merge aliases). */
  key?: string;
}

export interface OptionSpec {
  /** getopt-style short options: a letter, `:` after it for a required argument, `::` optional. */
  short: string;
  long?: readonly LongOption[];
}

export interface ParsedOption {
  key: string;
  value: string | undefined;
}

export type OptionError =
  | { kind: 'invalid'; char: string }
  | { kind: 'unrecognized'; text: string }
  | { kind: 'ambiguous'; text: string; candidates: string[] }
  | { kind: 'needs-arg-short'; char: string }
  | { kind: 'needs-arg-long'; name: string }
  | { kind: 'no-arg-long'; name: string };

export type ParseOutcome =
  | { ok: true; options: ParsedOption[]; operands: string[] }
  | { ok: false; error: OptionError };

type ArgKind = 'none' | 'required' | 'optional';

function shortKind(spec: string, ch: string): ArgKind | null {
  if (ch === ':') return null;
  const i = spec.indexOf(ch);
  if (i < 0) return null;
  if (spec[i + 1] !== ':') return 'none';
  return spec[i + 2] === ':' ? 'optional' : 'required';
}

function findLong(
  longs: readonly LongOption[],
  name: string,
): { opt: LongOption } | { ambiguous: LongOption[] } | null {
  const exact = longs.find((l) => l.name === name);
  if (exact) return { opt: exact };
  const matches = longs.filter((l) => l.name.startsWith(name));
  const first = matches[0];
  if (!first) return null;
  // glibc accepts an ambiguous prefix when every candidate means the same thing.
  const same = matches.every((m) => (m.key ?? m.name) === (first.key ?? first.name) && m.arg === first.arg);
  return same ? { opt: first } : { ambiguous: matches };
}

/**
 * Parses `args`. Stops early (successfully) when it meets `--help` or `--version`, because the
 * real tools act on those as soon as getopt returns them, before any later error.
 */
export function getopt(args: readonly string[], spec: OptionSpec): ParseOutcome {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  const longs = spec.long ?? [];
  let i = 0;
  while (i < args.length) {
    const arg = args[i] as string;
    i++;
    if (arg === '--') {
      operands.push(...args.slice(i));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const found = findLong(longs, name);
      if (!found) return { ok: false, error: { kind: 'unrecognized', text: arg } };
      if ('ambiguous' in found) {
        return {
          ok: false,
          error: {
            kind: 'ambiguous',
            text: eq < 0 ? arg : arg.slice(0, eq),
            candidates: found.ambiguous.map((l) => l.name),
          },
        };
      }
      const opt = found.opt;
      const kind = opt.arg ?? 'none';
      const key = opt.key ?? opt.name;
      let value: string | undefined;
      if (eq >= 0) {
        if (kind === 'none') return { ok: false, error: { kind: 'no-arg-long', name: opt.name } };
        value = arg.slice(eq + 1);
      } else if (kind === 'required') {
        if (i >= args.length) return { ok: false, error: { kind: 'needs-arg-long', name: opt.name } };
        value = args[i];
        i++;
      }
      options.push({ key, value });
      if (key === 'help' || key === 'version') return { ok: true, options, operands };
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const ch = arg[j] as string;
        const kind = shortKind(spec.short, ch);
        if (kind === null) return { ok: false, error: { kind: 'invalid', char: ch } };
        if (kind === 'none') {
          options.push({ key: ch, value: undefined });
          continue;
        }
        const rest = arg.slice(j + 1);
        if (rest !== '') options.push({ key: ch, value: rest });
        else if (kind === 'optional') options.push({ key: ch, value: undefined });
        else if (i < args.length) {
          options.push({ key: ch, value: args[i] });
          i++;
        } else return { ok: false, error: { kind: 'needs-arg-short', char: ch } };
        break;
      }
      continue;
    }
    operands.push(arg);
  }
  return { ok: true, options, operands };
}

/** The first line(s) glibc prints for a parse error, e.g. `grep: invalid option -- 'Z'`. */
export function describeOptionError(prog: string, e: OptionError): string {
  switch (e.kind) {
    case 'invalid':
      return `${prog}: invalid option -- '${e.char}'\n`;
    case 'unrecognized':
      return `${prog}: unrecognized option '${e.text}'\n`;
    case 'ambiguous':
      return `${prog}: option '${e.text}' is ambiguous; possibilities:${e.candidates.map((c) => ` '--${c}'`).join('')}\n`;
    case 'needs-arg-short':
      return `${prog}: option requires an argument -- '${e.char}'\n`;
    case 'needs-arg-long':
      return `${prog}: option '--${e.name}' requires an argument\n`;
    case 'no-arg-long':
      return `${prog}: option '--${e.name}' doesn't allow an argument\n`;
  }
}
