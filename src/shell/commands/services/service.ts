/** `service NAME ACTION`: Debian's SysV wrapper, which hands the work to systemctl. */
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { changeUnits } from './control';
import { unitStatus } from './status';

const USAGE = 'Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n';

/** Units that also ship an /etc/init.d script (what `--status-all` lists). */
const INIT_SCRIPTS = new Set(['cron', 'nginx', 'postgresql', 'rsync', 'ssh', 'unattended-upgrades']);

function statusAll(ctx: CommandContext): CommandResult {
  const services = ctx.state.world.servers[ctx.session.host]?.services ?? {};
  const out = Object.keys(services)
    .filter((name) => INIT_SCRIPTS.has(name))
    .sort()
    .map((name) => ` [ ${services[name]?.active === 'active' ? '+' : '-'} ]  ${name}\n`);
  return { stdout: out.join(''), stderr: '', exitCode: 0 };
}

function run(ctx: CommandContext): CommandResult {
  const [first, action] = ctx.args;
  if (first === undefined) return { stdout: '', stderr: USAGE, exitCode: 1 };
  if (first === '--help' || first === '-h') return { stdout: USAGE, stderr: '', exitCode: 0 };
  if (first === '--version') return { stdout: 'service ver. 1.65.2\n', stderr: '', exitCode: 0 };
  if (first === '--status-all') return statusAll(ctx);
  const name = first.replace(/\.service$/, '');
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server?.services[name]) return { stdout: '', stderr: `${name}: unrecognized service\n`, exitCode: 1 };
  switch (action) {
    case 'status':
      return unitStatus(ctx, server, name);
    case 'start':
    case 'stop':
    case 'restart':
    case 'reload':
    case 'try-restart':
      return changeUnits(ctx, action, [name], false);
    case 'force-reload':
      return changeUnits(ctx, 'reload-or-restart', [name], false);
    case '--full-restart': {
      const stopped = changeUnits(ctx, 'stop', [name], false);
      if (stopped.exitCode !== 0 || !stopped.world) return stopped;
      const started = changeUnits(
        { ...ctx, state: { ...ctx.state, world: stopped.world } },
        'start',
        [name],
        false,
      );
      return { ...started, stderr: stopped.stderr + started.stderr };
    }
    default: {
      const usage = INIT_SCRIPTS.has(name)
        ? `Usage: /etc/init.d/${name} {start|stop|status|restart|reload|force-reload}\n`
        : `Unknown command verb ${action ?? ''}.\n`;
      return { stdout: '', stderr: usage, exitCode: 1 };
    }
  }
}

export const serviceCommand: CommandSpec = {
  name: 'service',
  summary: 'run a System V init script (through systemctl)',
  usage: 'service NAME start|stop|restart|reload|force-reload|status',
  options: ['--status-all', '--full-restart', '--help'],
  complete: ({ state, session, args }) =>
    args.length === 0
      ? Object.keys(state.world.servers[session.host]?.services ?? {}).sort()
      : ['start', 'stop', 'restart', 'reload', 'force-reload', 'status'],
  run,
};
