/**
 * `systemctl start|stop|restart|reload|enable|disable|daemon-reload` on one host. Each returns the new world
 * and an outcome carrying systemctl's own words (stderr, exit code) so the shell prints them as they are.
 */
import { canStart } from '../health/canStart';
import type { Server, Service, ServiceActiveState, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';
import { guardHost, type HostFailure } from './outcome';
import { appendJournal, serviceSummary, startUnit, stopUnit, unitLabel } from './units';

export type ServiceFailureCode =
  | 'UNIT_NOT_FOUND'
  | 'START_FAILED'
  | 'RELOAD_FAILED'
  | 'RELOAD_UNSUPPORTED'
  | 'NOT_ACTIVE';

export type ServiceOutcome =
  | { ok: true; changed: boolean; active: ServiceActiveState; stderr: string; exitCode: 0 }
  | {
      ok: false;
      code: ServiceFailureCode;
      params: { unit: string; host: string };
      stderr: string;
      exitCode: number;
    }
  | (HostFailure & { params: { unit: string } });

export interface ServiceChange {
  world: World;
  outcome: ServiceOutcome;
}

type Verb = 'start' | 'stop' | 'restart' | 'reload' | 'enable' | 'disable';

/** Units that ship an init script too: systemctl keeps SysV links in step when enabling them. */
const SYSV_UNITS: ReadonlySet<string> = new Set([
  'nginx',
  'ssh',
  'cron',
  'rsync',
  'postgresql',
  'unattended-upgrades',
]);
const RELOADABLE: ReadonlySet<string> = new Set(['nginx', 'ssh', 'cron', 'postgresql', 'postgresql@15-main']);

function seeStatus(unit: string): string {
  return `See "systemctl status ${unit}.service" and "journalctl -xeu ${unit}.service" for details.`;
}

function notFound(verb: Verb, unit: string): string {
  if (verb === 'enable' || verb === 'disable')
    return `Failed to ${verb} unit: Unit file ${unit}.service does not exist.\n`;
  return `Failed to ${verb} ${unit}.service: Unit ${unit}.service ${verb === 'stop' ? 'not loaded' : 'not found'}.\n`;
}

type Step = (server: Server, service: Service, unit: string, world: World) => StepResult;
interface StepResult {
  server: Server;
  failure?: { code: ServiceFailureCode; stderr: string; exitCode: number };
  stderr?: string;
  /** Ledger summary after the change when the state summary alone would not show it (restart, reload). */
  note?: string;
}

function run(world: World, host: string, unit: string, verb: Verb, actor: Actor, step: Step): ServiceChange {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: { ...guard, params: { ...guard.params, unit } } };
  const service = guard.server.services[unit];
  if (!service) {
    const failure = {
      code: 'UNIT_NOT_FOUND' as const,
      stderr: notFound(verb, unit),
      exitCode: verb === 'enable' || verb === 'disable' ? 1 : 5,
    };
    return { world, outcome: { ok: false, ...failure, params: { unit, host } } };
  }
  const result = step(guard.server, service, unit, world);
  const after = result.server.services[unit];
  let next = updateServer(world, host, () => result.server);
  const before = serviceSummary(service);
  const summary = result.note ?? serviceSummary(after);
  if (before !== summary) next = record(next, host, actor, `service:${unit}`, before, summary);
  const changed = next !== world;
  if (result.failure)
    return { world: next, outcome: { ok: false, ...result.failure, params: { unit, host } } };
  return {
    world: next,
    outcome: {
      ok: true,
      changed,
      active: after?.active ?? 'inactive',
      stderr: result.stderr ?? '',
      exitCode: 0,
    },
  };
}

function started(server: Server, unit: string, world: World, restart: boolean): StepResult {
  const step = startUnit(server, unit, world.now, restart, { hosts: world.order });
  if (!step.failure?.jobFailed) return { server: step.server };
  const stderr = step.failure.systemctl.map((l) => `${l}\n`).join('');
  return { server: step.server, failure: { code: 'START_FAILED', stderr, exitCode: 1 } };
}

export function startService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return run(world, host, unit, 'start', actor, (server, _s, u, w) => started(server, u, w, false));
}

export function stopService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return run(world, host, unit, 'stop', actor, (server, _s, u, w) => ({
    server: stopUnit(server, u, w.now),
  }));
}

export function restartService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return run(world, host, unit, 'restart', actor, (server, service, u, w) => {
    const result = started(server, u, w, true);
    const after = result.server.services[u];
    const same = serviceSummary(after) === serviceSummary(service) && after?.active === 'active';
    return same ? { ...result, note: `${serviceSummary(after)} (restarted)` } : result;
  });
}

/**
 * Reload re-reads the configuration in the running process. With a bad config the reload fails and the old
 * configuration keeps serving: the unit stays active.
 */
export function reloadService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return run(world, host, unit, 'reload', actor, (server, service, u, w) => {
    if (!RELOADABLE.has(u)) {
      const stderr = `Failed to reload ${u}.service: Job type reload is not applicable for unit ${u}.service.\n`;
      return { server, failure: { code: 'RELOAD_UNSUPPORTED', stderr, exitCode: 1 } };
    }
    if (service.active !== 'active') {
      const stderr = `${u}.service is not active, cannot reload.\n`;
      return { server, failure: { code: 'NOT_ACTIVE', stderr, exitCode: 1 } };
    }
    const label = unitLabel(u, service);
    const check = canStart(server, u, { hosts: w.order });
    const lines = [`Reloading ${label}...`];
    if (check.ok) lines.push(`Reloaded ${label}.`);
    else {
      lines.push(
        ...check.cause,
        `${u}.service: Control process exited, code=exited, status=${check.exitCode}/FAILURE`,
        `Reload failed for ${label}.`,
      );
    }
    const next = { ...service, journal: appendJournal(service, w.now, lines) };
    const nextServer = { ...server, services: { ...server.services, [u]: next } };
    if (check.ok) return { server: nextServer, note: `${serviceSummary(service)} (reloaded)` };
    const stderr = `Job for ${u}.service failed.\n${seeStatus(u)}\n`;
    return { server: nextServer, failure: { code: 'RELOAD_FAILED', stderr, exitCode: 1 } };
  });
}

function setEnabled(world: World, host: string, unit: string, enabled: boolean, actor: Actor): ServiceChange {
  const verb = enabled ? 'enable' : 'disable';
  return run(world, host, unit, verb, actor, (server, service, u) => {
    const lines: string[] = [];
    if (SYSV_UNITS.has(u)) {
      lines.push(
        `Synchronizing state of ${u}.service with SysV service script with /lib/systemd/systemd-sysv-install.`,
        `Executing: /lib/systemd/systemd-sysv-install ${verb} ${u}`,
      );
    }
    const link = `/etc/systemd/system/multi-user.target.wants/${u}.service`;
    if (service.enabled !== enabled)
      lines.push(
        enabled ? `Created symlink ${link} → /lib/systemd/system/${u}.service.` : `Removed "${link}".`,
      );
    const stderr = lines.map((l) => `${l}\n`).join('');
    if (service.enabled === enabled) return { server, stderr };
    return { server: { ...server, services: { ...server.services, [u]: { ...service, enabled } } }, stderr };
  });
}

export function enableService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return setEnabled(world, host, unit, true, actor);
}

export function disableService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return setEnabled(world, host, unit, false, actor);
}

/** `systemctl daemon-reload`: unit files are not modelled beyond their package, so nothing changes. */
export function daemonReload(
  world: World,
  host: string,
): { world: World; outcome: { ok: true } | HostFailure } {
  const guard = guardHost(world, host);
  return { world, outcome: guard.ok ? { ok: true } : guard };
}
