/**
 * Test data for health: a fresh `frota` world and direct edits to its servers (files, package versions,
 * service states), the way a test describes a situation without going through the shell or the ops.
 */
import type { FsNode, Server, Service, World } from '../model/types';
import { loadsAtStart, servicesOf } from '../packages';
import { frotaWorld } from '../scenarios';
import { updateServer } from '../world/update';

export const TEST_NOW = Date.UTC(2026, 10, 29, 9, 0, 0);
export const DAY = 86_400_000;

/**
 * The frota world with its site certificates valid for 60 more days, so these tests are about health and
 * not about how long the scenario's certificates last (provisioning once gave them 90 days, which the
 * fleet's 200-day history had already used up).
 */
export function freshFrota(): World {
  const world = frotaWorld({ seed: 1, now: TEST_NOW });
  let out = world;
  for (const host of world.order) {
    out = updateServer(out, host, (s) => ({
      ...s,
      certificates: Object.fromEntries(
        Object.entries(s.certificates).map(([path, c]) => [path, { ...c, notAfter: world.now + 60 * DAY }]),
      ),
    }));
  }
  return out;
}

export function patchServer(world: World, host: string, patch: (s: Server) => Partial<Server>): World {
  return updateServer(world, host, (s) => ({ ...s, ...patch(s) }));
}

export function setFile(world: World, host: string, path: string, content: string | null): World {
  return patchServer(world, host, (s) => {
    const fs = { ...s.fs };
    if (content === null) delete fs[path];
    else {
      const node: FsNode = {
        kind: 'file',
        content,
        owner: 'root',
        group: 'root',
        mode: 0o644,
        mtime: world.now,
      };
      fs[path] = node;
    }
    return { fs };
  });
}

export function editFile(world: World, host: string, path: string, edit: (text: string) => string): World {
  const node = world.servers[host]?.fs[path];
  return setFile(world, host, path, edit(node?.kind === 'file' ? node.content : ''));
}

/** Sets installed versions as dpkg would leave them; `null` removes the package. */
export function setPackages(world: World, host: string, versions: Record<string, string | null>): World {
  return patchServer(world, host, (s) => {
    const packages = { ...s.packages };
    for (const [name, version] of Object.entries(versions)) {
      if (version === null) delete packages[name];
      else packages[name] = { version, held: false };
    }
    return { packages };
  });
}

export function setService(world: World, host: string, unit: string, patch: Partial<Service>): World {
  return patchServer(world, host, (s) => {
    const service = s.services[unit];
    return service ? { services: { ...s.services, [unit]: { ...service, ...patch } } } : {};
  });
}

/** nginx.org 1.26.2 in place of Debian's nginx: the `ssl on;` of the web site becomes an error. */
export function withNginx126(world: World, host: string): World {
  return setPackages(world, host, { nginx: '1.26.2-1~bookworm', 'nginx-core': null, 'nginx-common': null });
}

export function server(world: World, host: string): Server {
  const s = world.servers[host];
  if (!s) throw new Error(`no server ${host}`);
  return s;
}

/** What a restart does to what a service has mapped: the versions installed now. */
export function restarted(world: World, host: string, unit: string): World {
  const s = server(world, host);
  const service = s.services[unit];
  const installed = Object.fromEntries(Object.entries(s.packages).map(([n, p]) => [n, p.version]));
  const info =
    service && servicesOf(service.package, installed[service.package] ?? '').find((i) => i.name === unit);
  return info ? setService(world, host, unit, { loaded: loadsAtStart(info, installed) }) : world;
}

/** Installs a shop release and restarts the shop, as a deploy does. */
export function deploy(world: World, host: string, release: string): World {
  return restarted(setPackages(world, host, { loja: release }), host, 'loja');
}
