import { type Service, startService, stopService } from '../../core';
import { systemdAgo, systemdTimestamp } from '../format/time';
import { type CommandContext, type CommandResult, type CommandSpec, fail, ok } from '../types';

function unitName(arg: string): string {
  return arg.endsWith('.service') ? arg.slice(0, -'.service'.length) : arg;
}

function activeLine(service: Service, now: number): string {
  const since = `since ${systemdTimestamp(service.since)}; ${systemdAgo(now - service.since)}`;
  if (service.active === 'active') return `active (running) ${since}`;
  if (service.active === 'failed') return `failed (Result: exit-code) ${since}`;
  return `inactive (dead) ${since}`;
}

function status(ctx: CommandContext, unit: string): CommandResult {
  const server = ctx.state.world.servers[ctx.session.host];
  const service = server?.services[unit];
  if (!server || !service) return fail(`Unit ${unit}.service could not be found.\n`, 4);
  const dot = service.active === 'active' ? '●' : service.active === 'failed' ? '×' : '○';
  const enabled = service.enabled ? 'enabled' : 'disabled';
  const journal = service.journal
    .slice(-5)
    .map((l) => `${systemdTimestamp(l.time).slice(4, 23)} ${ctx.session.host} systemd[1]: ${l.message}`);
  const text = [
    `${dot} ${unit}.service - ${service.description}`,
    `     Loaded: loaded (/lib/systemd/system/${unit}.service; ${enabled}; preset: enabled)`,
    `     Active: ${activeLine(service, ctx.state.world.now)}`,
    ...(journal.length ? ['', ...journal] : []),
  ];
  return { stdout: `${text.join('\n')}\n`, stderr: '', exitCode: service.active === 'active' ? 0 : 3 };
}

function change(ctx: CommandContext, verb: 'start' | 'stop', unit: string): CommandResult {
  if (ctx.user !== 'root') {
    return fail(
      `Failed to ${verb} ${unit}.service: Interactive authentication required.\nSee system logs and 'systemctl status ${unit}.service' for details.\n`,
    );
  }
  const apply = verb === 'start' ? startService : stopService;
  const { world, outcome } = apply(ctx.state.world, ctx.session.host, unit, ctx.actor);
  if (!outcome.ok) {
    // systemctl's own words come with the outcome (unit not found, a failed start job).
    if ('stderr' in outcome) return { stdout: '', stderr: outcome.stderr, exitCode: outcome.exitCode, world };
    const reason = verb === 'start' ? 'not found' : 'not loaded';
    return fail(`Failed to ${verb} ${unit}.service: Unit ${unit}.service ${reason}.\n`, 5);
  }
  return { stdout: '', stderr: outcome.stderr, exitCode: 0, world };
}

const USAGE = 'systemctl [OPTIONS...] COMMAND UNIT...';

const VERBS = ['status', 'is-active', 'start', 'stop'];

export const systemctlCommand: CommandSpec = {
  name: 'systemctl',
  summary: 'control the systemd system and service manager',
  usage: USAGE,
  complete: ({ state, session, args }) =>
    args.length === 0 ? VERBS : Object.keys(state.world.servers[session.host]?.services ?? {}),
  run: (ctx) => {
    const [verb, ...rest] = ctx.args.filter((a) => !a.startsWith('-'));
    const units = rest.map(unitName);
    if (!verb) return ok(`${USAGE}\n`);
    if (verb === 'status' || verb === 'is-active' || verb === 'start' || verb === 'stop') {
      if (units.length === 0) return fail(`Too few arguments.\n`);
    }
    switch (verb) {
      case 'status':
        return combine(units.map((u) => status(ctx, u)));
      case 'is-active': {
        const server = ctx.state.world.servers[ctx.session.host];
        const states = units.map((u) => server?.services[u]?.active ?? 'inactive');
        return {
          stdout: `${states.join('\n')}\n`,
          stderr: '',
          exitCode: states.every((s) => s === 'active') ? 0 : 3,
        };
      }
      case 'start':
      case 'stop':
        return chain(ctx, units, (c, u) => change(c, verb, u));
      default:
        return fail(`Unknown command verb '${verb}', expected one of: status, is-active, start, stop.\n`);
    }
  },
};

function combine(results: CommandResult[]): CommandResult {
  return {
    stdout: results.map((r) => r.stdout).join('\n'),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: results.reduce((code, r) => code || r.exitCode, 0),
  };
}

/** Applies a change unit by unit, threading the world through. */
function chain(
  ctx: CommandContext,
  units: string[],
  step: (c: CommandContext, unit: string) => CommandResult,
): CommandResult {
  let world = ctx.state.world;
  const results: CommandResult[] = [];
  for (const unit of units) {
    const result = step({ ...ctx, state: { ...ctx.state, world } }, unit);
    if (result.world) world = result.world;
    results.push(result);
  }
  return { ...combine(results), world };
}
