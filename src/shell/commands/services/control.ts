/**
 * The systemctl verbs that change units (start, stop, restart, reload, enable, disable and their combined
 * forms), through the engine's service operations, which carry systemctl's own messages and exit codes.
 */
import {
  daemonReload,
  disableService,
  enableService,
  reloadService,
  restartService,
  type ServiceChange,
  startService,
  stopService,
  type World,
} from '../../../core';
import type { CommandContext, CommandResult } from '../../types';

export type ChangeVerb =
  | 'start'
  | 'stop'
  | 'restart'
  | 'reload'
  | 'enable'
  | 'disable'
  | 'try-restart'
  | 'reload-or-restart';

export const CHANGE_VERBS: readonly ChangeVerb[] = [
  'start',
  'stop',
  'restart',
  'reload',
  'enable',
  'disable',
  'try-restart',
  'reload-or-restart',
];

type Op = (world: World, host: string, unit: string, actor: CommandContext['actor']) => ServiceChange;

const OPS: Record<'start' | 'stop' | 'restart' | 'reload' | 'enable' | 'disable', Op> = {
  start: startService,
  stop: stopService,
  restart: restartService,
  reload: reloadService,
  enable: enableService,
  disable: disableService,
};

function denied(verb: ChangeVerb, unit: string): CommandResult {
  if (verb === 'enable' || verb === 'disable')
    return {
      stdout: '',
      stderr: `Failed to ${verb} unit: Interactive authentication required.\n`,
      exitCode: 1,
    };
  return {
    stdout: '',
    stderr: `Failed to ${verb} ${unit}.service: Interactive authentication required.\nSee system logs and 'systemctl status ${unit}.service' for details.\n`,
    exitCode: 1,
  };
}

function apply(ctx: CommandContext, world: World, verb: keyof typeof OPS, unit: string) {
  const { world: next, outcome } = OPS[verb](world, ctx.session.host, unit, ctx.actor);
  const stderr = 'stderr' in outcome ? outcome.stderr : `Failed to ${verb} ${unit}.service: Host is down\n`;
  const exitCode = 'exitCode' in outcome ? outcome.exitCode : 1;
  return {
    world: next,
    stderr,
    exitCode,
    ok: outcome.ok,
    code: 'code' in outcome ? outcome.code : undefined,
  };
}

/** One unit, one verb; `--now` also starts (enable) or stops (disable) it. */
function changeOne(ctx: CommandContext, world: World, verb: ChangeVerb, unit: string, now: boolean) {
  const service = world.servers[ctx.session.host]?.services[unit];
  switch (verb) {
    case 'try-restart':
      return service?.active === 'active'
        ? apply(ctx, world, 'restart', unit)
        : { world, stderr: '', exitCode: service ? 0 : 5, ok: true, code: undefined };
    case 'reload-or-restart': {
      const reloaded = apply(ctx, world, 'reload', unit);
      if (reloaded.code === 'RELOAD_UNSUPPORTED' || reloaded.code === 'NOT_ACTIVE')
        return apply(ctx, world, 'restart', unit);
      return reloaded;
    }
    case 'enable':
    case 'disable': {
      const first = apply(ctx, world, verb, unit);
      if (!now || !first.ok) return first;
      const second = apply(ctx, first.world, verb === 'enable' ? 'start' : 'stop', unit);
      return { ...second, stderr: first.stderr + second.stderr };
    }
    default:
      return apply(ctx, world, verb, unit);
  }
}

/** Applies `verb` to each unit in turn, threading the world; the first failure's exit code wins. */
export function changeUnits(
  ctx: CommandContext,
  verb: ChangeVerb,
  units: readonly string[],
  now: boolean,
): CommandResult {
  if (ctx.user !== 'root') return denied(verb, units[0] ?? '');
  let world = ctx.state.world;
  let stderr = '';
  let exitCode = 0;
  for (const unit of units) {
    const done = changeOne(ctx, world, verb, unit, now);
    world = done.world;
    stderr += done.stderr;
    if (exitCode === 0) exitCode = done.exitCode;
  }
  return { stdout: '', stderr, exitCode, world };
}

export function reloadDaemon(ctx: CommandContext): CommandResult {
  if (ctx.user !== 'root')
    return {
      stdout: '',
      stderr: 'Failed to reload daemon: Interactive authentication required.\n',
      exitCode: 1,
    };
  const { world } = daemonReload(ctx.state.world, ctx.session.host);
  return { stdout: '', stderr: '', exitCode: 0, world };
}
