/**
 * `sudo` is an ordinary command to the parser; this helper reads its options for the executor.
 * Supported: `sudo [-u USER] [-i | -s] [--] [command [arg ...]]`, with clustered short options
 * (`-iu bob`, `-ubob`) and the long forms `--user`, `--login`, `--shell`.
 */

export type SudoResult =
  | {
      readonly ok: true;
      /** Target user (`root` unless `-u`). */
      readonly user: string;
      /** `-i`: run a login shell / the command through a login shell. */
      readonly login: boolean;
      /** `-s`: run a shell / the command through a shell. */
      readonly shell: boolean;
      /** The command and its arguments; empty only with `-i` or `-s`. */
      readonly rest: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

export const SUDO_USAGE = 'usage: sudo [-u user] [-i | -s] [command [arg ...]]';

/** `argv` is the full command as expanded, `argv[0]` being `sudo` itself. */
export function splitSudo(argv: readonly string[]): SudoResult {
  let user = 'root';
  let login = false;
  let shell = false;
  let i = 1;
  const err = (error: string): SudoResult => ({ ok: false, error });
  for (; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break; // options stop at the command
    if (arg.startsWith('--')) {
      const [name, value] = splitLong(arg);
      if (name === '--login') login = true;
      else if (name === '--shell') shell = true;
      else if (name === '--user') {
        const v = value ?? argv[++i];
        if (v === undefined) return err("sudo: option '--user' requires an argument");
        user = v;
      } else return err(`sudo: unrecognized option '${arg}'`);
      continue;
    }
    for (let k = 1; k < arg.length; k++) {
      const opt = arg[k] as string;
      if (opt === 'i') login = true;
      else if (opt === 's') shell = true;
      else if (opt === 'u') {
        // getopt style: the rest of the cluster, or else the next argument, is the user.
        const v = k + 1 < arg.length ? arg.slice(k + 1) : argv[++i];
        if (v === undefined) return err("sudo: option requires an argument -- 'u'");
        user = v;
        break;
      } else return err(`sudo: invalid option -- '${opt}'`);
    }
  }
  if (login && shell) return err('sudo: you may not specify both the -i and -s options');
  const rest = argv.slice(i);
  if (rest.length === 0 && !login && !shell) return err(SUDO_USAGE);
  return { ok: true, user, login, shell, rest };
}

function splitLong(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
