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
  const short = name.endsWith(LAB_DOMAIN) ? name.slice(0, -LAB_DOMAIN.length) : name;
  if (hosts ? hosts.includes(short) : name.endsWith(LAB_DOMAIN)) return true;
  return hostsFileNames(fileContent(server, '/etc/hosts') ?? '').has(name);
}

const LAB_DOMAIN = '.lab.internal';
const hostsFiles = new Map<string, Set<string>>();

/** Names /etc/hosts maps to an address (peers share the same few texts). */
function hostsFileNames(text: string): Set<string> {
  let names = hostsFiles.get(text);
  if (!names) {
    names = new Set();
    for (const line of text.split('\n')) {
      for (const name of line.replace(/#.*/, '').trim().split(/\s+/).slice(1)) names.add(name);
    }
    if (hostsFiles.size > 2000) hostsFiles.clear();
    hostsFiles.set(text, names);
  }
  return names;
}
