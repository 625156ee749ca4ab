import type { DesiredFile, DesiredState } from '../drift/types';
import { dirname } from '../model/paths';
import type { FsNode, Server, Service } from '../model/types';
import { loadsAtStart, servicesOf } from '../packages';
import { filesOfPackage, UNIT_DESCRIPTIONS } from '../world/packageFiles';

/**
 * What converge does to a server, as small pure Server → Server steps. It pins the manifest's exact
 * versions the way `dpkg -i` of those packages would (no dependency resolution: the manifest plus the image
 * is a consistent set), keeps conffiles under /etc as dpkg does, and restarts the units a package ships,
 * like its postinst.
 */

type Fs = Record<string, FsNode>;

function versionsOf(server: Server): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const [name, installed] of Object.entries(server.packages)) versions[name] = installed.version;
  return versions;
}

function journalLine(now: number, message: string) {
  return { time: now, priority: 6, message };
}

function label(unit: string, service: Pick<Service, 'description'>): string {
  return `${unit}.service - ${service.description}`;
}

/** A running process of `unit` after (re)starting now: it maps the libraries installed now. */
function running(server: Server, unit: string, service: Service, now: number, restarted: boolean): Service {
  const info = servicesOf(service.package, server.packages[service.package]?.version ?? '').find(
    (s) => s.name === unit,
  );
  const messages = [
    ...(restarted ? [`Stopped ${label(unit, service)}.`] : []),
    `Started ${label(unit, service)}.`,
  ];
  return {
    ...service,
    active: 'active',
    since: now,
    loaded: info ? loadsAtStart(info, versionsOf(server)) : {},
    journal: [...service.journal, ...messages.map((m) => journalLine(now, m))],
  };
}

function withUnit(server: Server, unit: string, service: Service): Server {
  return { ...server, services: { ...server.services, [unit]: service } };
}

/** Package files as dpkg unpacks them: conffiles under /etc that exist stay; managed directories stay clean. */
function unpack(fs: Fs, files: Readonly<Fs>, desired: DesiredState): void {
  for (const [path, node] of Object.entries(files)) {
    if (path.startsWith('/etc/') && fs[path]) continue;
    if (node.kind === 'file' && desired.managedDirs.includes(dirname(path)) && !desired.files[path]) continue;
    fs[path] = node;
  }
}

/** Removes a package version's files; conffiles under /etc stay unless purging, declared files always stay. */
function unlink(fs: Fs, files: Readonly<Fs>, keep: (path: string) => boolean): void {
  for (const [path, node] of Object.entries(files)) {
    if (node.kind === 'file' && !keep(path)) delete fs[path];
  }
}

/** Installs, upgrades or downgrades `name` to exactly `version`, with its files and units. */
export function pinPackage(
  server: Server,
  name: string,
  version: string,
  desired: DesiredState,
  now: number,
): Server {
  const previous = server.packages[name]?.version;
  const fs: Fs = { ...server.fs };
  const incoming = filesOfPackage(name, version, now);
  if (previous !== undefined) {
    unlink(
      fs,
      filesOfPackage(name, previous, now),
      (path) => path.startsWith('/etc/') || Object.hasOwn(incoming, path),
    );
  }
  unpack(fs, incoming, desired);
  let next: Server = { ...server, fs, packages: { ...server.packages, [name]: { version, held: false } } };
  const shipped = servicesOf(name, version);
  for (const [unit, service] of Object.entries(next.services)) {
    if (service.package === name && !shipped.some((s) => s.name === unit)) next = dropUnit(next, unit);
  }
  for (const info of shipped) {
    const existing = next.services[info.name];
    if (existing) {
      const unit = { ...existing, package: name };
      // The postinst restarts a running unit so it runs the new version.
      next = withUnit(
        next,
        info.name,
        existing.active === 'active' ? running(next, info.name, unit, now, true) : unit,
      );
      continue;
    }
    const wanted = desired.services[info.name] ?? { enabled: true, state: 'running' };
    const unit: Service = {
      package: name,
      description: UNIT_DESCRIPTIONS[info.name] ?? info.name,
      enabled: wanted.enabled,
      active: 'inactive',
      since: now,
      loaded: {},
      journal: [],
    };
    next = withUnit(
      next,
      info.name,
      wanted.state === 'running' ? running(next, info.name, unit, now, false) : unit,
    );
  }
  return next;
}

function dropUnit(server: Server, unit: string): Server {
  const { [unit]: _gone, ...services } = server.services;
  return { ...server, services };
}

/** `apt purge NAME`: the package, all its files (declared ones excepted) and its units. */
export function purgePackage(server: Server, name: string, desired: DesiredState, now: number): Server {
  const installed = server.packages[name];
  if (!installed) return server;
  const fs: Fs = { ...server.fs };
  unlink(fs, filesOfPackage(name, installed.version, now), (path) => Object.hasOwn(desired.files, path));
  const { [name]: _gone, ...packages } = server.packages;
  let next: Server = { ...server, fs, packages };
  for (const [unit, service] of Object.entries(server.services))
    if (service.package === name) next = dropUnit(next, unit);
  return next;
}

/** Writes a managed file as Ansible's template module does, creating missing parent directories. */
export function writeManagedFile(server: Server, path: string, wanted: DesiredFile, now: number): Server {
  const fs: Fs = { ...server.fs };
  for (let parent = dirname(path); !fs[parent]; parent = dirname(parent)) {
    fs[parent] = { kind: 'dir', owner: 'root', group: 'root', mode: 0o755, mtime: now };
    if (parent === '/') break;
  }
  fs[path] = {
    kind: 'file',
    content: wanted.content,
    owner: wanted.owner,
    group: wanted.group,
    mode: wanted.mode,
    mtime: now,
  };
  return { ...server, fs };
}

/** chown + chmod: content and mtime stay. */
export function setAttributes(server: Server, path: string, wanted: DesiredFile): Server {
  const node = server.fs[path];
  if (node?.kind !== 'file') return server;
  return {
    ...server,
    fs: { ...server.fs, [path]: { ...node, owner: wanted.owner, group: wanted.group, mode: wanted.mode } },
  };
}

export function removeFile(server: Server, path: string): Server {
  const { [path]: _gone, ...fs } = server.fs;
  return { ...server, fs };
}

export type UnitChange = 'start' | 'stop' | 'enable' | 'disable' | 'restart' | 'reload';

/** systemctl start/stop/enable/disable/restart/reload on an existing unit. */
export function changeUnit(server: Server, unit: string, change: UnitChange, now: number): Server {
  const service = server.services[unit];
  if (!service) return server;
  switch (change) {
    case 'enable':
    case 'disable':
      return withUnit(server, unit, { ...service, enabled: change === 'enable' });
    case 'start':
    case 'restart':
      return withUnit(server, unit, running(server, unit, service, now, change === 'restart'));
    case 'stop':
      return withUnit(server, unit, {
        ...service,
        active: 'inactive',
        since: now,
        loaded: {},
        journal: [...service.journal, journalLine(now, `Stopped ${label(unit, service)}.`)],
      });
    case 'reload':
      // A reload re-reads the configuration; the process and the libraries it mapped stay.
      return withUnit(server, unit, {
        ...service,
        journal: [...service.journal, journalLine(now, `Reloaded ${label(unit, service)}.`)],
      });
  }
}

/** Runs the app's migrations up (or down) to `version`, creating the database when it is missing. */
export function migrateDatabase(server: Server, name: string, version: number): Server {
  return { ...server, database: { name, schemaVersion: version } };
}
