/** Small read-only views of a server that several checks share. */
import type { Server } from '../model/types';
import type { Installed } from '../packages';
import { UNIT_DESCRIPTIONS } from '../world/packageFiles';

const installedCache = new WeakMap<Server['packages'], Installed>();

/** Installed packages as name → version (what the package model's functions take). */
export function installedVersions(server: Pick<Server, 'packages'>): Installed {
  let installed = installedCache.get(server.packages);
  if (!installed) {
    installed = Object.fromEntries(Object.entries(server.packages).map(([name, p]) => [name, p.version]));
    installedCache.set(server.packages, installed);
  }
  return installed;
}

export function unitDescription(server: Pick<Server, 'services'>, unit: string): string {
  return server.services[unit]?.description ?? UNIT_DESCRIPTIONS[unit] ?? unit;
}

export function fileContent(server: Pick<Server, 'fs'>, path: string): string | null {
  const node = server.fs[path];
  return node?.kind === 'file' ? node.content : null;
}

/**
 * Whether `name` resolves on this server: an address, localhost, /etc/hosts, or the lab's DNS, which knows
 * `HOST` and `HOST.lab.internal` for every server of the world (`hosts`; when unknown, any `.lab.internal`).
 */
export function resolves(server: Pick<Server, 'fs'>, name: string, hosts?: readonly string[]): boolean {
  if (name === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return true;
  const etcHosts = fileContent(server, '/etc/hosts') ?? '';
  for (const line of etcHosts.split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    if (fields.slice(1).includes(name)) return true;
  }
  const short = name.endsWith('.lab.internal') ? name.slice(0, -'.lab.internal'.length) : name;
  if (!hosts) return name.endsWith('.lab.internal');
  return hosts.includes(short);
}
