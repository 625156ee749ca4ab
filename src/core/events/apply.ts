import type { FsNode, Server, Service, World } from '../model/types';
import { availableVersions, compareVersions, loadsAtStart, serviceProvider } from '../packages';
import { filesOfPackage } from '../world/packageFiles';
import { type Actor, record, updateServer } from '../world/update';

/**
 * The few state changes background events make, each recorded in the ledger under the event's actor.
 * Kept in one file so that they can defer to the ops layer's operations as those grow.
 */

function summary(service: Service): string {
  return `${service.enabled ? 'enabled' : 'disabled'} ${service.active}`;
}

/** Writes a whole file (owner and mode kept when it exists) and records `file:<path>` with both contents. */
export function writeFile(
  world: World,
  host: string,
  path: string,
  content: string,
  actor: Actor,
  fresh: Omit<FsNode & { kind: 'file' }, 'kind' | 'content' | 'mtime'> = {
    owner: 'root',
    group: 'root',
    mode: 0o644,
  },
): World {
  const server = world.servers[host];
  if (!server) return world;
  const node = server.fs[path];
  const before = node?.kind === 'file' ? node.content : null;
  if (before === content) return world;
  const next: FsNode =
    node?.kind === 'file'
      ? { ...node, content, mtime: world.now }
      : { kind: 'file', content, ...fresh, mtime: world.now };
  const changed = updateServer(world, host, (s) => ({ ...s, fs: { ...s.fs, [path]: next } }));
  return record(changed, host, actor, `file:${path}`, before, content);
}

/** `systemctl restart`: a running unit maps the libraries installed now; journal and ledger say so. */
export function restartUnit(world: World, host: string, unit: string, actor: Actor): World {
  const server = world.servers[host];
  const service = server?.services[unit];
  if (!server || !service) return world;
  const label = `${unit}.service - ${service.description}`;
  const installed = Object.fromEntries(Object.entries(server.packages).map(([n, p]) => [n, p.version]));
  const provider = serviceProvider(unit, installed);
  const lines = [
    ...(service.active === 'active' ? [`Stopping ${label}...`, `Stopped ${label}.`] : []),
    `Started ${label}.`,
  ];
  const next: Service = {
    ...service,
    active: 'active',
    since: world.now,
    loaded: provider ? loadsAtStart(provider.service, installed) : {},
    journal: [...service.journal, ...lines.map((message) => ({ time: world.now, priority: 6, message }))],
  };
  const changed = updateServer(world, host, (s) => ({ ...s, services: { ...s.services, [unit]: next } }));
  return record(changed, host, actor, `service:${unit}`, summary(service), `${summary(next)} (restarted)`);
}

/** The newest version of `name` in bookworm-security newer than what `server` has, if the source is enabled. */
export function securityCandidate(server: Server, name: string): string | undefined {
  const pkg = server.packages[name];
  if (!pkg || pkg.held || !server.apt.sources.includes('bookworm-security')) return undefined;
  const newest = availableVersions(name, { sources: ['bookworm-security'] })[0]?.version;
  return newest && compareVersions(newest, pkg.version) > 0 ? newest : undefined;
}

/**
 * Installs new versions in place, as dpkg does: versions and the package's files change, running services
 * keep the libraries they mapped (so needrestart has something to report).
 */
export function upgradeInPlace(
  world: World,
  host: string,
  upgrades: readonly (readonly [string, string, string])[],
  actor: Actor,
): World {
  let next = updateServer(world, host, (server) => {
    const packages = { ...server.packages };
    const fs = { ...server.fs };
    for (const [name, , to] of upgrades) {
      const pkg = packages[name];
      if (pkg) packages[name] = { ...pkg, version: to };
      Object.assign(fs, filesOfPackage(name, to, world.now));
    }
    return { ...server, packages, fs };
  });
  for (const [name, from, to] of upgrades) next = record(next, host, actor, `package:${name}`, from, to);
  return next;
}
