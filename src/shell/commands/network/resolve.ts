import type { Server, World } from '../../../core';
import { hostsEntries } from '../system/host';
import { nginxSites } from './nginxSites';

/** A name looked up from one server: what tools print for it, its address, and the fleet server there. */
export interface Resolved {
  /** The canonical name (`web-02.lab.internal`), or the address when an address was given. */
  name: string;
  ip: string;
  /** The server at that address; undefined for an address no server of the fleet has. */
  server?: Server;
}

const DOMAIN = '.lab.internal';
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function byIp(world: World, from: Server, ip: string): Server | undefined {
  if (ip.startsWith('127.')) return from;
  return world.order.map((h) => world.servers[h]).find((s) => s?.ip === ip);
}

/** The server whose nginx answers for `name` (the site names the lab's DNS publishes, e.g. loja.lab.internal). */
function siteServer(world: World, name: string): Server | undefined {
  const candidates = world.order.flatMap((h) => world.servers[h] ?? []);
  for (const role of ['lb', 'web'] as const) {
    const found = candidates.find(
      (s) => s.role === role && nginxSites(s).servers.some((b) => b.names.includes(name)),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * Resolves like glibc on a fleet host: /etc/hosts first, then the lab's DNS, which knows every host as
 * `HOST.lab.internal` (searched from the short name too) and the sites the load balancers serve.
 */
export function resolveName(world: World, from: Server, raw: string): Resolved | undefined {
  const name = raw.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(name)) {
    if (name.split('.').some((octet) => Number(octet) > 255)) return undefined;
    return { name, ip: name, server: byIp(world, from, name) };
  }
  if (name === 'localhost' || name === 'localhost.localdomain')
    return { name: 'localhost', ip: '127.0.0.1', server: from };
  const local = hostsEntries(from).find((e) => e.names.includes(name) && IPV4.test(e.address));
  if (local)
    return { name: local.names[0] ?? name, ip: local.address, server: byIp(world, from, local.address) };
  const short = name.endsWith(DOMAIN) ? name.slice(0, -DOMAIN.length) : name;
  const server = Object.hasOwn(world.servers, short) ? world.servers[short] : undefined;
  if (server) return { name: `${short}${DOMAIN}`, ip: server.ip, server };
  const site = name.includes('.') ? siteServer(world, name) : undefined;
  return site ? { name, ip: site.ip, server: site } : undefined;
}

/** Whether packets get from one server to the other: both up and on the network (a host always reaches itself). */
export function reachable(from: Server, to: Server | undefined): boolean {
  if (!to) return false;
  if (to === from || to.hostname === from.hostname) return to.power === 'on';
  return to.power === 'on' && to.reachable && from.reachable;
}

/** `web-02.lab.internal` for an address of the fleet, as reverse DNS answers; the address otherwise. */
export function reverseName(resolved: Resolved): string {
  if (resolved.ip.startsWith('127.')) return resolved.name === 'localhost' ? 'localhost' : resolved.ip;
  return resolved.server ? `${resolved.server.hostname}${DOMAIN}` : resolved.ip;
}
