import { dirname } from '../model/paths';
import type { FsNode, Manifest, Role, Server, Service } from '../model/types';
import { DEFAULT_SOURCES, getVersion, loadsAtStart, servicesOf } from '../packages';
import { file, IMAGE_KERNEL, IMAGE_PACKAGES, IMAGE_USERS, imageFs, OS_PRETTY_NAME } from './image';
import { filesOfPackage, UNIT_DESCRIPTIONS } from './packageFiles';

/** What a scenario says about one server; everything else comes from the image and the role's manifest. */
export interface ServerSpec {
  hostname: string;
  env: string;
  role: Role;
  ip: string;
}

/** Fills `{{name}}` placeholders; unknown names are left as they are, so a typo stays visible. */
export function renderTemplate(content: string, vars: Readonly<Record<string, string>>): string {
  return content.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Template variables for one server: its identity plus its environment's variables. */
export function serverVars(
  server: Pick<Server, 'hostname' | 'env' | 'role' | 'ip'>,
  envVars: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Record<string, string> {
  return {
    ...envVars[server.env],
    hostname: server.hostname,
    env: server.env,
    role: server.role,
    ip: server.ip,
  };
}

/** Creates any missing parent directories, as `install -D` would. */
export function withParents(fs: Record<string, FsNode>, mtime: number): Record<string, FsNode> {
  for (const path of Object.keys(fs)) {
    for (let parent = dirname(path); !fs[parent]; parent = dirname(parent)) {
      fs[parent] = { kind: 'dir', owner: 'root', group: 'root', mode: 0o755, mtime };
      if (parent === '/') break;
    }
  }
  return fs;
}

function roleUsers(role: Role): Server['users'] {
  const users = {
    ...IMAGE_USERS,
    'www-data': { uid: 33, gid: 33, home: '/var/www', shell: '/usr/sbin/nologin', groups: ['www-data'] },
  };
  if (role === 'web')
    return {
      ...users,
      loja: { uid: 998, gid: 998, home: '/opt/loja', shell: '/usr/sbin/nologin', groups: ['loja'] },
    };
  if (role === 'db')
    return {
      ...users,
      postgres: {
        uid: 105,
        gid: 111,
        home: '/var/lib/postgresql',
        shell: '/bin/bash',
        groups: ['postgres', 'ssl-cert'],
      },
    };
  return users;
}

/** Units of the installed packages, in the state the manifest wants (running and enabled by default). */
function servicesFor(
  packages: Record<string, string>,
  manifest: Manifest | undefined,
  now: number,
): Record<string, Service> {
  const services: Record<string, Service> = {};
  for (const [name, version] of Object.entries(packages)) {
    for (const info of servicesOf(name, version)) {
      const desired = manifest?.services[info.name] ?? { enabled: true, state: 'running' };
      const running = desired.state === 'running';
      const description = UNIT_DESCRIPTIONS[info.name] ?? info.name;
      services[info.name] = {
        package: name,
        description,
        enabled: desired.enabled,
        active: running ? 'active' : 'inactive',
        since: now,
        loaded: running ? loadsAtStart(info, packages) : {},
        journal: running
          ? [{ time: now, priority: 6, message: `Started ${info.name}.service - ${description}.` }]
          : [],
      };
    }
  }
  return services;
}

function diskUsedMb(packages: Record<string, string>, role: Role): number {
  let kib = 0;
  for (const [name, version] of Object.entries(packages))
    kib += getVersion(name, version)?.installedSize ?? 500;
  return Math.round(1200 + kib / 1024 + (role === 'db' ? 2600 : 0));
}

/**
 * A server freshly built from the golden image with its role's manifest applied: the state `rebuild` returns
 * to, and the state a scenario starts every server from before adding its history.
 */
export function provisionServer(
  spec: ServerSpec,
  manifest: Manifest | undefined,
  envVars: Readonly<Record<string, Readonly<Record<string, string>>>>,
  now: number,
): Server {
  const packages: Record<string, string> = { ...IMAGE_PACKAGES, ...manifest?.packages };
  let fs: Record<string, FsNode> = imageFs(spec.hostname, spec.ip, now);
  for (const [name, version] of Object.entries(packages))
    Object.assign(fs, filesOfPackage(name, version, now));
  const vars = serverVars(spec, envVars);
  if (manifest) {
    // A managed directory holds exactly what the manifest lists (like Ansible's state=absent on the rest).
    for (const path of Object.keys(fs)) {
      const managedDir = manifest.managedDirs.includes(dirname(path));
      if (managedDir && fs[path]?.kind === 'file' && !manifest.files[path]) delete fs[path];
    }
    for (const [path, wanted] of Object.entries(manifest.files)) {
      fs[path] = file(renderTemplate(wanted.content, vars), now, wanted.owner, wanted.mode, wanted.group);
    }
  }
  // Copied once more: the deletes above leave a slow dictionary-shaped object, and every server built from
  // this one, and every later edit, copies its files (100 µs a copy, against 1 µs for a fresh object).
  fs = { ...withParents(fs, now) };
  const tls = spec.role === 'web' || spec.role === 'lb';
  return {
    hostname: spec.hostname,
    env: spec.env,
    role: spec.role,
    ip: spec.ip,
    osPrettyName: OS_PRETTY_NAME,
    kernel: { running: IMAGE_KERNEL, installed: IMAGE_KERNEL },
    bootedAt: now,
    power: 'on',
    reachable: true,
    packages: Object.fromEntries(
      Object.entries(packages).map(([name, version]) => [name, { version, held: false }]),
    ),
    fs,
    services: servicesFor(packages, manifest, now),
    users: roleUsers(spec.role),
    disk: { totalMb: spec.role === 'db' ? 51_200 : 20_480, usedMb: diskUsedMb(packages, spec.role) },
    apt: {
      sources: [...DEFAULT_SOURCES, ...(spec.role === 'web' ? ['loja'] : [])],
      updatedAt: null,
      lock: null,
    },
    certificates: tls
      ? { '/etc/ssl/certs/loja.pem': { subject: 'CN=loja.lab.internal', notAfter: now + 397 * 86_400_000 } }
      : {},
    database:
      spec.role === 'db' && manifest?.database
        ? { name: 'loja', schemaVersion: manifest.database.schemaVersion }
        : null,
  };
}

/**
 * The same result as `provisionServer` for another host of the same role and environment, built from an
 * already provisioned peer: only what names the host is redone, everything else is shared. Large fleets
 * are built this way.
 */
export function provisionPeer(
  peer: Server,
  spec: ServerSpec,
  manifest: Manifest | undefined,
  envVars: Readonly<Record<string, Readonly<Record<string, string>>>>,
  now: number,
): Server {
  const fs = { ...peer.fs };
  const identity = imageFs(spec.hostname, spec.ip, now);
  for (const path of ['/etc/hostname', '/etc/hosts']) fs[path] = identity[path] as FsNode;
  const vars = serverVars(spec, envVars);
  for (const [path, wanted] of Object.entries(manifest?.files ?? {})) {
    if (/\{\{(hostname|ip)\}\}/.test(wanted.content)) {
      fs[path] = file(renderTemplate(wanted.content, vars), now, wanted.owner, wanted.mode, wanted.group);
    }
  }
  return { ...peer, hostname: spec.hostname, ip: spec.ip, fs };
}
