import { ledgerAppend, ledgerSize } from '../history/ledger';
import type { LedgerEntry, Server, World } from '../model/types';

/** Who made a change, and with which command line, for the ledger. */
export interface Actor {
  user: string;
  command: string;
}

/** Replaces one server immutably; every other server keeps its identity (structural sharing). */
export function updateServer(world: World, host: string, update: (server: Server) => Server): World {
  const server = world.servers[host];
  if (!server) return world;
  const next = update(server);
  if (next === server) return world;
  return { ...world, servers: { ...world.servers, [host]: next } };
}

/** Appends a ledger entry describing a change that was just made. */
export function record(
  world: World,
  host: string,
  actor: Actor,
  resource: string,
  before: string | null,
  after: string | null,
): World {
  const entry: LedgerEntry = {
    seq: ledgerSize(world.ledger) + 1,
    time: world.now,
    host,
    user: actor.user,
    command: actor.command,
    resource,
    before,
    after,
  };
  return { ...world, ledger: ledgerAppend(world.ledger, entry) };
}

/** Advances the simulated clock; the only way time moves in the core. */
export function tick(world: World, ms: number): World {
  return ms > 0 ? { ...world, now: world.now + ms } : world;
}
