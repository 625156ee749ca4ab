/**
 * systemd's side of a unit on one server, as pure Server → Server steps: start, stop, restart. The world-level
 * operations (`services.ts`), dpkg's maintainer scripts (`dpkg.ts`) and reboot (`system.ts`) share them.
 */
import { canStart, type StartOptions } from '../health/canStart';
import { isForking } from '../health/systemd';
import type { JournalLine, Server, Service } from '../model/types';
import { loadsAtStart, serviceProvider } from '../packages';
import { installedVersions } from './dpkgState';

export type { StartOptions } from '../health/canStart';

/** Journals keep their newest lines only, so a long session stays small. */
const JOURNAL_LIMIT = 100;

export interface StartFailure {
  /** The job failed (systemctl and invoke-rc.d report it); false when a simple unit died after starting. */
  jobFailed: boolean;
  exitCode: number;
  /** What `systemctl start` printed (empty for a simple unit). */
  systemctl: string[];
}

export interface UnitStep {
  server: Server;
  failure?: StartFailure;
}

export function unitLabel(unit: string, service: Pick<Service, 'description'>): string {
  return `${unit}.service - ${service.description}`;
}

function priorityOf(message: string): number {
  return /fail|\[emerg\]|error/i.test(message) ? 3 : 6;
}

export function appendJournal(service: Service, now: number, messages: readonly string[]): JournalLine[] {
  const added = messages.map((message) => ({ time: now, priority: priorityOf(message), message }));
  return [...service.journal, ...added].slice(-JOURNAL_LIMIT);
}

/** Library versions a process of `unit` maps if it starts now. */
export function unitLoads(server: Server, unit: string): Record<string, string> {
  const installed = installedVersions(server);
  const provider = serviceProvider(unit, installed);
  return provider ? loadsAtStart(provider.service, installed) : {};
}

function withService(server: Server, unit: string, service: Service): Server {
  return { ...server, services: { ...server.services, [unit]: service } };
}

function stopLines(unit: string, service: Service): string[] {
  const label = unitLabel(unit, service);
  return [`Stopping ${label}...`, `${unit}.service: Deactivated successfully.`, `Stopped ${label}.`];
}

/** Stops a running unit; a failed or inactive one stays as it is. */
export function stopUnit(server: Server, unit: string, now: number): Server {
  const service = server.services[unit];
  if (service?.active !== 'active') return server;
  return withService(server, unit, {
    ...service,
    active: 'inactive',
    since: now,
    loaded: {},
    journal: appendJournal(service, now, stopLines(unit, service)),
  });
}

/**
 * Starts a unit (restarting it when `restart` and it runs). The start check decides: a failing control
 * process fails the job; a simple unit "starts" and then its process exits, leaving it failed all the same.
 */
export function startUnit(
  server: Server,
  unit: string,
  now: number,
  restart = false,
  options: StartOptions = {},
): UnitStep {
  const service = server.services[unit];
  if (!service) return { server };
  if (service.active === 'active' && !restart) return { server };
  const label = unitLabel(unit, service);
  const lines = restart && service.active === 'active' ? stopLines(unit, service) : [];
  const check = canStart(server, unit, options);
  if (check.ok) {
    lines.push(...(isForking(unit) ? [`Starting ${label}...`] : []), `Started ${label}.`);
    const next: Service = {
      ...service,
      active: 'active',
      since: now,
      loaded: unitLoads(server, unit),
      journal: appendJournal(service, now, lines),
    };
    return { server: withService(server, unit, next) };
  }
  const next: Service = {
    ...service,
    active: 'failed',
    since: now,
    loaded: {},
    journal: appendJournal(service, now, [...lines, ...check.journal]),
  };
  const failure = {
    jobFailed: check.systemctl.length > 0,
    exitCode: check.exitCode,
    systemctl: check.systemctl,
  };
  return { server: withService(server, unit, next), failure };
}

/** A short summary of a unit's state for ledger entries. */
export function serviceSummary(service: Service | undefined): string | null {
  return service ? `${service.enabled ? 'enabled' : 'disabled'} ${service.active}` : null;
}
