/**
 * apt-pkg's command line (CommandLine::Parse): options may come anywhere, short ones cluster, `--no-x`
 * negates a boolean, and an unknown option is an `E:` line with exit 100 — the wording apt 2.6 uses.
 */
import { type CommandContext, type CommandResult, fail } from '../../types';

export interface AptOption {
  key: string;
  short?: string;
  long: readonly string[];
  /** Takes a value (`-t bookworm-backports`, `--target-release=…`). */
  arg?: boolean;
}

export interface AptArgs {
  flags: Map<string, string | true>;
  operands: string[];
  has(key: string): boolean;
  value(key: string): string | undefined;
}

/** Options every apt front end understands. */
export const COMMON_OPTIONS: readonly AptOption[] = [
  { key: 'help', short: 'h', long: ['help'] },
  { key: 'version', short: 'v', long: ['version'] },
  { key: 'quiet', short: 'q', long: ['quiet', 'silent'] },
  { key: 'option', short: 'o', long: ['option'], arg: true },
  { key: 'config', short: 'c', long: ['config-file'], arg: true },
];

/** Options of apt and apt-get. */
export const APT_OPTIONS: readonly AptOption[] = [
  ...COMMON_OPTIONS,
  { key: 'yes', short: 'y', long: ['yes', 'assume-yes'] },
  { key: 'target', short: 't', long: ['target-release', 'default-release'], arg: true },
  { key: 'all-versions', short: 'a', long: ['all-versions'] },
  { key: 'fix-broken', short: 'f', long: ['fix-broken'] },
  { key: 'fix-missing', short: 'm', long: ['fix-missing', 'ignore-missing'] },
  { key: 'verbose-versions', short: 'V', long: ['verbose-versions'] },
  { key: 'show-upgraded', short: 'u', long: ['show-upgraded'] },
  { key: 'installed', long: ['installed'] },
  { key: 'upgradable', long: ['upgradable', 'upgradeable'] },
  { key: 'manual-installed', long: ['manual-installed'] },
  { key: 'only-upgrade', long: ['only-upgrade'] },
  { key: 'no-upgrade', long: ['no-upgrade'] },
  { key: 'install-recommends', long: ['install-recommends'] },
  { key: 'no-install-recommends', long: ['no-install-recommends'] },
  { key: 'install-suggests', long: ['install-suggests'] },
  { key: 'allow-downgrades', long: ['allow-downgrades'] },
  { key: 'allow-change-held-packages', long: ['allow-change-held-packages'] },
  { key: 'allow-remove-essential', long: ['allow-remove-essential'] },
  { key: 'purge', long: ['purge'] },
  { key: 'autoremove', long: ['autoremove', 'auto-remove'] },
  { key: 'full', long: ['full'] },
  { key: 'names-only', long: ['names-only'] },
];

export function aptError(...lines: string[]): CommandResult {
  return fail(lines.map((l) => `${l}\n`).join(''), 100);
}

function lookupLong(
  options: readonly AptOption[],
  name: string,
): { opt: AptOption; negated: boolean } | null {
  for (const opt of options) if (opt.long.includes(name)) return { opt, negated: false };
  if (name.startsWith('no-')) {
    const opt = options.find((o) => !o.arg && o.long.includes(name.slice(3)));
    if (opt) return { opt, negated: true };
  }
  return null;
}

/** Parses `args`; the result, or apt's error (exit 100) as a finished command result. */
export function parseAptArgs(
  args: readonly string[],
  options: readonly AptOption[],
): AptArgs | CommandResult {
  const flags = new Map<string, string | true>();
  const operands: string[] = [];
  const set = (opt: AptOption, value: string | true, negated = false) => {
    if (negated) flags.delete(opt.key);
    else flags.set(opt.key, value);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const found = lookupLong(options, name);
      if (!found)
        return aptError(
          `E: Command line option ${arg} is not understood in combination with the other options`,
        );
      if (found.opt.arg) {
        const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined) return aptError(`E: Option ${arg} requires an argument.`);
        set(found.opt, value);
      } else set(found.opt, true, found.negated || (eq >= 0 && /^(no|false|0)$/i.test(arg.slice(eq + 1))));
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const ch = arg[j] as string;
        const opt = options.find((o) => o.short === ch);
        if (!opt)
          return aptError(
            `E: Command line option '${ch}' [from ${arg}] is not understood in combination with the other options.`,
          );
        if (!opt.arg) {
          set(opt, true);
          continue;
        }
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return aptError(`E: Option ${arg} requires an argument.`);
        set(opt, value);
        break;
      }
      continue;
    }
    operands.push(arg);
  }
  return {
    flags,
    operands,
    has: (key) => flags.has(key),
    value: (key) => {
      const v = flags.get(key);
      return typeof v === 'string' ? v : undefined;
    },
  };
}

export function isParsed(x: AptArgs | CommandResult): x is AptArgs {
  return 'operands' in x;
}

export interface Dispatched<V> {
  args: AptArgs;
  verb: string;
  run: V;
  operands: string[];
}

/**
 * What every apt tool does before its verb: parse the options, answer --help and --version, print the usage
 * (exit 1) with no verb, and refuse a verb it does not know.
 */
export function dispatchVerb<V>(
  ctx: CommandContext,
  options: readonly AptOption[],
  usage: (version: string) => string,
  verbs: Readonly<Record<string, V>>,
): Dispatched<V> | CommandResult {
  const args = parseAptArgs(ctx.args, options);
  if (!isParsed(args)) return args;
  const version = ctx.state.world.servers[ctx.session.host]?.packages.apt?.version ?? '2.6.1';
  if (args.has('help')) return { stdout: usage(version), stderr: '', exitCode: 0 };
  if (args.has('version')) return { stdout: `apt ${version} (amd64)\n`, stderr: '', exitCode: 0 };
  const [verb, ...operands] = args.operands;
  if (verb === undefined) return { stdout: usage(version), stderr: '', exitCode: 1 };
  const run = Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
  if (run === undefined) return aptError(`E: Invalid operation ${verb}`);
  return { args, verb, run, operands };
}
