import { wrapText } from '../../format/wrap';
import { say } from '../../i18n/say';
import { terminalColumns } from '../../session';
import { type CommandSpec, fail, ok } from '../../types';

const HELP: Record<string, string> = {
  exit: 'exit: exit [n]\n    Exit the shell.\n    \n    Exits the shell with a status of N.  If N is omitted, the exit status\n    is that of the last command executed.\n',
  logout:
    'logout: logout [n]\n    Exit a login shell.\n    \n    Exits a login shell with exit status N.  Returns an error if not executed\n    in a login shell.\n',
};

/** `exit [n]` / `logout [n]`: leaves this shell, back to the previous one (the other host after ssh). */
function leave(name: 'exit' | 'logout'): CommandSpec {
  return {
    name,
    summary: name === 'exit' ? 'leave this shell (back to the previous host)' : 'leave a login shell',
    usage: `${name} [n]`,
    run: ({ state, session, args }) => {
      if (args[0] === '--help') return ok(HELP[name]);
      const status = args[0] === undefined ? state.lastExit : Number(args[0]);
      if (!Number.isInteger(status)) return fail(`bash: ${name}: ${args[0]}: numeric argument required\n`, 2);
      if (state.stack.length <= 1) {
        return ok(`logout\n${wrapText(say(state, 'exit.firstShell'), terminalColumns(state))}\n`);
      }
      const stack = state.stack.slice(0, -1);
      const outer = stack[stack.length - 1];
      // Leaving `sudo -i` returns to the same host; leaving ssh closes a connection.
      const closed = outer && outer.host !== session.host ? `Connection to ${session.host} closed.\n` : '';
      return { stdout: `logout\n${closed}`, stderr: '', exitCode: ((status % 256) + 256) % 256, stack };
    },
  };
}

export const exitCommand = leave('exit');
export const logoutCommand = leave('logout');
