import { newSession } from '../session';
import { type CommandSpec, fail } from '../types';

export const sshCommand: CommandSpec = {
  name: 'ssh',
  summary: 'log in to another server of the fleet',
  usage: 'ssh [user@]HOST',
  run: ({ state, args }) => {
    const target = args.find((a) => !a.startsWith('-'));
    if (!target) {
      return fail('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [user@]hostname [command]\n', 255);
    }
    const [userPart, hostPart] = target.includes('@') ? target.split('@', 2) : [undefined, target];
    const host = hostPart ?? '';
    const server = state.world.servers[host];
    if (!server) return fail(`ssh: Could not resolve hostname ${host}: Name or service not known\n`, 255);
    if (server.power === 'off' || !server.reachable) {
      return fail(`ssh: connect to host ${host} port 22: No route to host\n`, 255);
    }
    const user = userPart ?? 'aluno';
    if (!server.users[user] || user === 'root')
      return fail(`${user}@${host}: Permission denied (publickey).\n`, 255);
    const banner = `Linux ${host} ${server.kernel.running} #1 SMP PREEMPT_DYNAMIC Debian x86_64\n\nLast login from the bastion (10.0.0.10)\n`;
    return {
      stdout: banner,
      stderr: '',
      exitCode: 0,
      stack: [...state.stack, newSession(state, host, user)],
    };
  },
};

function leave(name: string): CommandSpec {
  return {
    name,
    summary: name === 'exit' ? 'leave this shell (back to the previous host)' : 'leave a login shell',
    usage: `${name}`,
    run: ({ state, session }) => {
      if (state.stack.length <= 1) {
        return {
          stdout: 'logout\nThis is the lab’s first shell: it stays open. Use ssh HOST to visit a server.\n',
          stderr: '',
          exitCode: 0,
        };
      }
      const stack = state.stack.slice(0, -1);
      const outer = stack[stack.length - 1];
      // Leaving `sudo -i` returns to the same host; leaving ssh closes a connection.
      const closed = outer && outer.host !== session.host ? `Connection to ${session.host} closed.\n` : '';
      return { stdout: `logout\n${closed}`, stderr: '', exitCode: 0, stack };
    },
  };
}

export const exitCommand = leave('exit');
export const logoutCommand = leave('logout');
