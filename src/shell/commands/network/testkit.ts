/** Test support: the same shell with one server changed (powered off, cut off, another kernel…). */
import type { Server } from '../../../core';
import type { ShellState } from '../../types';

export function patchServer(
  state: ShellState,
  host: string,
  patch: (server: Server) => Partial<Server>,
): ShellState {
  const server = state.world.servers[host];
  if (!server) throw new Error(`no host ${host}`);
  const servers = { ...state.world.servers, [host]: { ...server, ...patch(server) } };
  return { ...state, world: { ...state.world, servers } };
}
