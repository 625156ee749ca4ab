/**
 * `which` (debianutils): the first executable of that name in $PATH, as `exec/lookup.ts` finds it: the lab's
 * registered commands and the programs installed packages put on disk.
 */
import { executable, locate } from '../../exec/lookup';
import type { CommandRegistry } from '../../registry';
import type { CommandResult, CommandSpec } from '../../types';
import { HELP } from './help';

export function whichCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'which',
    summary: 'locate a command',
    usage: 'which [-a] filename ...',
    options: ['-a'],
    run: (ctx): CommandResult => {
      let all = false;
      const names: string[] = [];
      for (const arg of ctx.args) {
        if (arg === '--help') return { stdout: HELP.which, stderr: '', exitCode: 0 };
        if (arg === '-a') all = true;
        else if (arg.startsWith('-') && names.length === 0)
          return { stdout: HELP.which, stderr: `Illegal option ${arg.slice(0, 2)}\n`, exitCode: 2 };
        else names.push(arg);
      }
      const server = ctx.state.world.servers[ctx.session.host];
      if (!server) return { stdout: '', stderr: '', exitCode: 1 };
      let stdout = '';
      let missing = false;
      for (const name of names) {
        const hits = name.includes('/')
          ? executable(server, name.startsWith('/') ? name : `${ctx.session.cwd}/${name}`, ctx.user)
            ? [name]
            : []
          : locate(registry, server, ctx.session, ctx.user, name, all);
        if (hits.length === 0) missing = true;
        stdout += hits.map((h) => `${h}\n`).join('');
      }
      return { stdout, stderr: '', exitCode: missing ? 1 : 0 };
    },
  };
}
