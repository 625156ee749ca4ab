/**
 * Ledger entries for what an operation changed on one server, found by comparing the server before and after:
 * one `package:<name>` entry per package version or state change, one `service:<unit>` entry per unit state
 * change. Operations that change many things at once (apt, reboot) record through this.
 */
import type { InstalledPackage, Server, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';
import { serviceSummary } from './units';

export function packageSummary(pkg: InstalledPackage | undefined): string | null {
  if (!pkg) return null;
  const status = pkg.status && pkg.status !== 'installed' ? ` (${pkg.status})` : '';
  return `${pkg.version}${status}${pkg.held ? ' hold' : ''}`;
}

function changedKeys<T>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
  summary: (value: T | undefined) => string | null,
): [key: string, before: string | null, after: string | null][] {
  const out: [string, string | null, string | null][] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const b = before[key];
    const a = after[key];
    if (a === b) continue;
    const sb = summary(b);
    const sa = summary(a);
    if (sb !== sa) out.push([key, sb, sa]);
  }
  return out;
}

/** Puts `after` in place of the host's server and records every package and unit change it makes. */
export function commitServer(world: World, host: string, actor: Actor, after: Server): World {
  const before = world.servers[host];
  if (!before || before === after) return world;
  let next = updateServer(world, host, () => after);
  for (const [name, b, a] of changedKeys(before.packages, after.packages, packageSummary))
    next = record(next, host, actor, `package:${name}`, b, a);
  for (const [unit, b, a] of changedKeys(before.services, after.services, serviceSummary))
    next = record(next, host, actor, `service:${unit}`, b, a);
  return next;
}
