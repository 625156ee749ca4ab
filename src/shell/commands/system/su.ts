import { currentSession, newSession } from '../../session';
import { type CommandSpec, fail, ok } from '../../types';
import { aliases, isResult, parseOptions } from '../cli';

const SU_HELP = `
Usage:
 su [options] [-] [<user> [<argument>...]]

Change the effective user ID and group ID to that of <user>.
A mere - implies -l.  If <user> is not given, root is assumed.

Options:
 -m, -p, --preserve-environment      do not reset environment variables
 -c, --command <command>             pass a single command to the shell with -c
 -l, --login                         make the shell a login shell
 -s, --shell <shell>                 run <shell> if /etc/shells allows it

 -h, --help                          display this help
 -V, --version                       display version

For more details see su(1).
`;

/**
 * `su`: a shell as another user, as `sudo su -` habitually opens one. Root's password is locked on these
 * servers (as Debian installs them with sudo), so only root — under sudo — can switch users.
 */
export const suCommand: CommandSpec = {
  name: 'su',
  summary: 'run a shell as another user (root by default)',
  usage: 'su [-] [user]',
  options: ['-', '-l', '-c', '-s', '-m', '-p'],
  run: (ctx) => {
    // A lone `-` means `-l`; getopt would take it for an operand.
    const login = ctx.args.includes('-');
    const opts = parseOptions(
      'su',
      ctx.args.filter((a) => a !== '-'),
      {
        short: 'lc:s:mpVh',
        long: aliases({
          login: 'l',
          command: 'c:',
          shell: 's:',
          'preserve-environment': 'm',
          version: 'V',
        }),
        help: SU_HELP,
        tail: `Try 'su --help' for more information.\n`,
      },
    );
    if (isResult(opts)) return opts;
    if (opts.has('h')) return ok(SU_HELP);
    if (opts.has('V')) return ok('su from util-linux 2.38.1\n');
    const target = opts.operands[0] ?? 'root';
    const session = currentSession(ctx.state);
    const server = ctx.state.world.servers[session.host];
    if (!server?.users[target]) {
      return fail(
        `su: user ${target} does not exist or the user entry does not contain all the required fields\n`,
      );
    }
    if (ctx.user !== 'root') return fail('Password: \nsu: Authentication failure\n');
    if (opts.has('c') || opts.operands.length > 1) {
      return fail(`su: the lab runs one command as another user with: sudo -u ${target} COMMAND\n`);
    }
    const shell = newSession(ctx.state, session.host, target);
    const opened = login || opts.has('l') ? shell : { ...shell, cwd: session.cwd };
    return { stdout: '', stderr: '', exitCode: 0, stack: [...ctx.state.stack, opened] };
  },
};
