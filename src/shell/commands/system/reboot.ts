import { reboot } from '../../../core';
import { newSession } from '../../session';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { aliases, isResult, parseOptions } from '../cli';
import { strftime } from './strftime';

const HELP = `reboot [OPTIONS...]

Reboot the system.

Options:
     --help      Show this help
     --no-wall   Don't send wall message before halt/power-off/reboot
  -f --force     Force immediate halt/power-off/reboot
`;

const DENIED = 'Interactive authentication required.';

/** The sessions left once this host drops every connection: back to the host the learner came from. */
function afterDisconnect(ctx: CommandContext) {
  const stack = ctx.state.stack;
  const first = stack.findIndex((s) => s.host === ctx.session.host);
  const kept = stack.slice(0, Math.max(0, first));
  // The lab's own first shell cannot go away: the learner is logged back in to it.
  return kept.length ? kept : [newSession(ctx.state, ctx.session.host, stack[0]?.user ?? 'aluno')];
}

export const rebootCommand: CommandSpec = {
  name: 'reboot',
  summary: 'reboot the machine (needs root)',
  usage: 'reboot [--no-wall] [-f]',
  run: (ctx) => {
    const opts = parseOptions('reboot', ctx.args, {
      short: 'fpw',
      long: aliases({ force: 'f', 'no-wall': '', 'wtmp-only': 'w' }),
      help: HELP,
      tail: '',
    });
    if (isResult(opts)) return opts;
    if (opts.operands.length) return fail('Too many arguments.\n');
    if (ctx.user !== 'root') {
      const wall = opts.has('no-wall') ? '' : `Failed to set wall message, ignoring: ${DENIED}\n`;
      return fail(`${wall}Call to Reboot failed: ${DENIED}\n`);
    }
    if (opts.has('w')) return ok();
    const host = ctx.session.host;
    const { world, outcome } = reboot(ctx.state.world, host, ctx.actor);
    if (!outcome.ok) {
      return {
        stdout: '',
        stderr: 'client_loop: send disconnect: Broken pipe\n',
        exitCode: 255,
        stack: afterDisconnect(ctx),
      };
    }
    const when = strftime(ctx.state.world.now, '%a %Y-%m-%d %H:%M:%S %Z');
    const wall =
      opts.has('no-wall') || opts.has('f')
        ? ''
        : `\nBroadcast message from root@${host} on pts/0 (${when}):\n\nThe system will reboot now!\n\n`;
    // All of it reaches the terminal, not the command's output: wall writes to the tty, ssh to stderr.
    return {
      stdout: '',
      stderr: `${wall}Connection to ${host} closed by remote host.\nConnection to ${host} closed.\n`,
      exitCode: 255,
      world,
      stack: afterDisconnect(ctx),
    };
  },
};
