import type { FsNode, Server, World } from '../model/types';
import { updateServer } from '../world/update';

/**
 * Hand-made changes for tests of drift and converge, the way a colleague would make them on a server
 * (`sed -i`, `apt install`, `systemctl stop`) but without the shell, output or ledger.
 */

export const TEST_NOW = Date.UTC(2026, 10, 29, 9, 0, 0);

function withServer(world: World, host: string, change: (server: Server) => Server): World {
  return updateServer(world, host, change);
}

export function editFile(world: World, host: string, path: string, edit: (content: string) => string): World {
  return withServer(world, host, (server) => {
    const node = server.fs[path];
    if (node?.kind !== 'file') return server;
    const next: FsNode = { ...node, content: edit(node.content), mtime: world.now };
    return { ...server, fs: { ...server.fs, [path]: next } };
  });
}

export function setFileAttributes(
  world: World,
  host: string,
  path: string,
  attributes: Partial<Pick<FsNode, 'owner' | 'group' | 'mode'>>,
): World {
  return withServer(world, host, (server) => {
    const node = server.fs[path];
    return node ? { ...server, fs: { ...server.fs, [path]: { ...node, ...attributes } } } : server;
  });
}

export function addFile(world: World, host: string, path: string, content: string): World {
  const node: FsNode = { kind: 'file', content, owner: 'root', group: 'root', mode: 0o644, mtime: world.now };
  return withServer(world, host, (server) => ({ ...server, fs: { ...server.fs, [path]: node } }));
}

export function deleteFile(world: World, host: string, path: string): World {
  return withServer(world, host, (server) => {
    const { [path]: _gone, ...fs } = server.fs;
    return { ...server, fs };
  });
}

/** Sets a package's version as dpkg would record it (no dependencies, no files). */
export function setPackage(world: World, host: string, name: string, version: string): World {
  return withServer(world, host, (server) => ({
    ...server,
    packages: { ...server.packages, [name]: { version, held: false } },
  }));
}

export function dropPackage(world: World, host: string, name: string): World {
  return withServer(world, host, (server) => {
    const { [name]: _gone, ...packages } = server.packages;
    return { ...server, packages };
  });
}

export function setService(
  world: World,
  host: string,
  unit: string,
  state: Partial<{ active: 'active' | 'inactive' | 'failed'; enabled: boolean }>,
): World {
  return withServer(world, host, (server) => {
    const service = server.services[unit];
    if (!service) return server;
    const loaded = state.active && state.active !== 'active' ? {} : service.loaded;
    return { ...server, services: { ...server.services, [unit]: { ...service, ...state, loaded } } };
  });
}

export function setSchema(world: World, host: string, schemaVersion: number): World {
  return withServer(world, host, (server) =>
    server.database ? { ...server, database: { ...server.database, schemaVersion } } : server,
  );
}

export function setReachable(world: World, host: string, reachable: boolean): World {
  return withServer(world, host, (server) => ({ ...server, reachable }));
}
