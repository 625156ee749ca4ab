/** Shared fixtures for the operations' tests: the frota world at a fixed time, actors, small edits. */
import { ledgerEntries } from '../history/ledger';
import type { LedgerEntry, Server, World } from '../model/types';
import type { SourceId } from '../packages';
import { frotaWorld } from '../scenarios';
import { type Actor, updateServer } from '../world/update';

/** 2026-11-29 09:00:05 UTC. */
export const NOW = Date.UTC(2026, 10, 29, 9, 0, 5);

export function frota(): World {
  return frotaWorld({ seed: 7, now: NOW });
}

export function root(command: string): Actor {
  return { user: 'root', command };
}

export function server(world: World, host: string): Server {
  const s = world.servers[host];
  if (!s) throw new Error(`no server ${host}`);
  return s;
}

export function withServer(world: World, host: string, update: (s: Server) => Server): World {
  return updateServer(world, host, update);
}

/** Enables extra package sources on a host, as adding a file to /etc/apt/sources.list.d would. */
export function withSources(world: World, host: string, ...sources: SourceId[]): World {
  return withServer(world, host, (s) => ({
    ...s,
    apt: { ...s.apt, sources: [...s.apt.sources, ...sources] },
  }));
}

export function fileText(world: World, host: string, path: string): string | undefined {
  const node = server(world, host).fs[path];
  return node?.kind === 'file' ? node.content : undefined;
}

/** Ledger entries added since `before` (a world earlier in the same history). */
export function newEntries(before: World, after: World): LedgerEntry[] {
  return ledgerEntries(after.ledger).slice(before.ledger.size);
}

/** The web site's `ssl on;` replaced by the form nginx ≥ 1.25.1 accepts. */
export function fixSslDirective(content: string): string {
  return content.replace('\tlisten 443;\n', '\tlisten 443 ssl;\n').replace('\tssl on;\n', '');
}
