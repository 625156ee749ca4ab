import { type CommandSpec, fail, ok } from '../../types';

const USAGE = `Usage: clear [options]

Options:
  -T TERM     use this instead of $TERM
  -V          print curses-version
  -x          do not try to clear scrollback
`;

/** `clear`: the terminal does the clearing, so the shell only asks for it. */
export const clearCommand: CommandSpec = {
  name: 'clear',
  summary: 'clear the terminal screen',
  usage: 'clear [-x]',
  run: ({ args }) => {
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--help') return ok(USAGE);
      if (arg === '-V') return ok('ncurses 6.4.20221231\n');
      if (arg === '-x') continue;
      if (arg === '-T') {
        i++;
        continue;
      }
      if (arg.startsWith('-T')) continue;
      if (arg.startsWith('-')) return fail(`clear: invalid option -- '${arg[1] ?? '-'}'\n${USAGE}`);
      return fail(USAGE);
    }
    return { stdout: '', stderr: '', exitCode: 0, effects: [{ kind: 'clear' }] };
  },
};
