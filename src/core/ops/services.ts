import type { Server, Service, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';

export type ServiceOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; code: 'UNIT_NOT_FOUND' | 'HOST_UNKNOWN'; params: { unit: string; host: string } };

export interface ServiceChange {
  world: World;
  outcome: ServiceOutcome;
}

function libsOf(server: Server): Record<string, string> {
  const ssl = server.packages.libssl3;
  return ssl ? { libssl3: ssl.version } : {};
}

function serviceSummary(service: Service): string {
  return `${service.enabled ? 'enabled' : 'disabled'} ${service.active}`;
}

function journalLine(world: World, message: string) {
  return { time: world.now, priority: 6, message };
}

function setActive(world: World, host: string, unit: string, running: boolean, actor: Actor): ServiceChange {
  const server = world.servers[host];
  if (!server) return { world, outcome: { ok: false, code: 'HOST_UNKNOWN', params: { unit, host } } };
  const service = server.services[unit];
  if (!service) return { world, outcome: { ok: false, code: 'UNIT_NOT_FOUND', params: { unit, host } } };
  const target = running ? 'active' : 'inactive';
  if (service.active === target) return { world, outcome: { ok: true, changed: false } };
  const next: Service = {
    ...service,
    active: target,
    since: world.now,
    // A started process maps the libraries installed right now; a stopped one maps nothing.
    loaded: running ? libsOf(server) : {},
    journal: [
      ...service.journal,
      journalLine(
        world,
        running
          ? `Started ${unit}.service - ${service.description}.`
          : `Stopped ${unit}.service - ${service.description}.`,
      ),
    ],
  };
  let changed = updateServer(world, host, (s) => ({ ...s, services: { ...s.services, [unit]: next } }));
  changed = record(changed, host, actor, `service:${unit}`, serviceSummary(service), serviceSummary(next));
  return { world: changed, outcome: { ok: true, changed: true } };
}

export function startService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return setActive(world, host, unit, true, actor);
}

export function stopService(world: World, host: string, unit: string, actor: Actor): ServiceChange {
  return setActive(world, host, unit, false, actor);
}
