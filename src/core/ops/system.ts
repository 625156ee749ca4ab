/**
 * Whole-machine operations: reboot (the new kernel runs, enabled units start through the start check),
 * power off/on, and the chaos switches background events use (network reachability, disk usage, a
 * certificate's expiry). Each records what it changed in the ledger.
 */
import type { Server, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';
import { roundMb } from './fsCommon';
import { REBOOT_REQUIRED, REBOOT_REQUIRED_PKGS } from './kernel';
import { commitServer } from './ledgerDiff';
import { guardHost, type HostFailure } from './outcome';
import { startUnit, stopUnit } from './units';

export type SystemOutcome =
  | { ok: true; changed: boolean; failedUnits: string[] }
  | HostFailure
  | { ok: false; code: 'CERT_NOT_FOUND'; params: { host: string; path: string } };

export interface SystemChange {
  world: World;
  outcome: SystemOutcome;
}

const done = (world: World, changed: boolean, failedUnits: string[] = []): SystemChange => ({
  world,
  outcome: { ok: true, changed, failedUnits },
});

function iso(ms: number): string {
  // Date only covers ±8.64e15 ms; chaos input outside it is recorded as the raw number.
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms);
}

function bootSummary(server: Server): string {
  return `kernel ${server.kernel.running}, booted ${iso(server.bootedAt)}`;
}

/** Every running unit stops; failed ones are reset, as a shutdown does. */
function shutdown(server: Server, now: number): Server {
  let srv = server;
  for (const unit of Object.keys(server.services).sort()) srv = stopUnit(srv, unit, now);
  const services = { ...srv.services };
  for (const [unit, service] of Object.entries(services))
    if (service.active === 'failed')
      services[unit] = { ...service, active: 'inactive', since: now, loaded: {} };
  return { ...srv, services };
}

/** Boots the installed kernel and starts every enabled unit; /run (a tmpfs) starts empty of flags. */
function boot(
  server: Server,
  now: number,
  hosts: readonly string[],
): { server: Server; failedUnits: string[] } {
  const fs = { ...server.fs };
  delete fs[REBOOT_REQUIRED];
  delete fs[REBOOT_REQUIRED_PKGS];
  let srv: Server = {
    ...server,
    fs,
    power: 'on',
    bootedAt: now,
    kernel: { ...server.kernel, running: server.kernel.installed },
  };
  const failedUnits: string[] = [];
  for (const unit of Object.keys(srv.services).sort()) {
    if (!srv.services[unit]?.enabled) continue;
    const step = startUnit(srv, unit, now, false, { hosts });
    srv = step.server;
    if (step.failure) failedUnits.push(unit);
  }
  return { server: srv, failedUnits };
}

function restartMachine(world: World, host: string, server: Server, actor: Actor): SystemChange {
  const { server: booted, failedUnits } = boot(shutdown(server, world.now), world.now, world.order);
  const before = server.power === 'off' ? 'powered off' : bootSummary(server);
  let next = commitServer(world, host, actor, booted);
  next = record(next, host, actor, 'system:boot', before, bootSummary(booted));
  return done(next, true, failedUnits);
}

/** `reboot`: the running kernel becomes the installed one; enabled units start (failures stay failed). */
export function reboot(world: World, host: string, actor: Actor): SystemChange {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: guard };
  return restartMachine(world, host, guard.server, actor);
}

/** `poweroff` or a pulled plug: everything stops and the host stops answering. */
export function powerOff(world: World, host: string, actor: Actor): SystemChange {
  const server = world.servers[host];
  if (!server) return { world, outcome: guardHost(world, host) as HostFailure };
  if (server.power === 'off') return done(world, false);
  const stopped = { ...shutdown(server, world.now), power: 'off' as const };
  const next = commitServer(world, host, actor, stopped);
  return done(record(next, host, actor, 'system:power', 'on', 'off'), true);
}

/** Powers a host back on: it boots like after a reboot. */
export function powerOn(world: World, host: string, actor: Actor): SystemChange {
  const server = world.servers[host];
  if (!server) return { world, outcome: guardHost(world, host) as HostFailure };
  if (server.power === 'on') return done(world, false);
  return restartMachine(world, host, server, actor);
}

/** The network path to a host breaks or heals (the host itself keeps running). */
export function setReachable(world: World, host: string, reachable: boolean, actor: Actor): SystemChange {
  const server = world.servers[host];
  if (!server) return { world, outcome: guardHost(world, host) as HostFailure };
  if (server.reachable === reachable) return done(world, false);
  const next = updateServer(world, host, (s) => ({ ...s, reachable }));
  const word = (r: boolean) => (r ? 'reachable' : 'unreachable');
  return done(record(next, host, actor, 'system:network', word(!reachable), word(reachable)), true);
}

/** Sets the root filesystem's usage (clamped to the disk), e.g. a runaway log filling it. */
export function setDiskUsage(world: World, host: string, usedMb: number, actor: Actor): SystemChange {
  const server = world.servers[host];
  if (!server) return { world, outcome: guardHost(world, host) as HostFailure };
  const used = roundMb(Math.min(server.disk.totalMb, Number.isFinite(usedMb) ? usedMb : 0));
  if (used === server.disk.usedMb) return done(world, false);
  const next = updateServer(world, host, (s) => ({ ...s, disk: { ...s.disk, usedMb: used } }));
  const summary = (mb: number) => `${mb} MB used of ${server.disk.totalMb} MB`;
  return done(record(next, host, actor, 'disk:/', summary(server.disk.usedMb), summary(used)), true);
}

/** Moves a certificate's notAfter (an expired or soon-expiring certificate). */
export function setCertificateExpiry(
  world: World,
  host: string,
  path: string,
  notAfter: number,
  actor: Actor,
): SystemChange {
  const server = world.servers[host];
  if (!server) return { world, outcome: guardHost(world, host) as HostFailure };
  const cert = server.certificates[path];
  if (!cert) return { world, outcome: { ok: false, code: 'CERT_NOT_FOUND', params: { host, path } } };
  if (cert.notAfter === notAfter || !Number.isFinite(notAfter)) return done(world, false);
  const next = updateServer(world, host, (s) => ({
    ...s,
    certificates: { ...s.certificates, [path]: { ...cert, notAfter } },
  }));
  return done(record(next, host, actor, `certificate:${path}`, iso(cert.notAfter), iso(notAfter)), true);
}
