import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { desiredFor } from '../drift/desired';
import { serverDrift } from '../drift/serverDrift';
import {
  deleteFile,
  dropPackage,
  editFile,
  setFileAttributes,
  setPackage,
  setReachable,
  setService,
  TEST_NOW,
} from '../drift/testkit';
import type { World } from '../model/types';
import { getPackage } from '../packages';
import { frotaWorld } from '../scenarios';
import { applyConverge, planConverge } from './converge';

const ACTOR = { user: 'aluno', command: 'converge' };
const base = frotaWorld({ seed: 7, now: TEST_NOW });

/** One hand-made change on one host; indexes pick among what that host declares. */
type Change =
  | { kind: 'edit' | 'delete' | 'chmod'; host: number; index: number }
  | { kind: 'version' | 'drop'; host: number; index: number; version: number }
  | { kind: 'stop' | 'disable' | 'unreachable'; host: number; index: number };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constantFrom('edit', 'delete', 'chmod'), host: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constantFrom('version', 'drop'), host: fc.nat(), index: fc.nat(), version: fc.nat() }),
  fc.record({ kind: fc.constantFrom('stop', 'disable', 'unreachable'), host: fc.nat(), index: fc.nat() }),
) as fc.Arbitrary<Change>;

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function applyChange(world: World, change: Change): World {
  const host = pick(world.order, change.host) as string;
  const desired = desiredFor(world, host);
  if (!desired) return world;
  const path = pick(Object.keys(desired.files), change.index);
  const name = pick(Object.keys(desired.packages), change.index);
  const unit = pick(Object.keys(desired.services), change.index);
  switch (change.kind) {
    case 'edit':
      return path ? editFile(world, host, path, (c) => `${c}# edited by hand\n`) : world;
    case 'delete':
      return path ? deleteFile(world, host, path) : world;
    case 'chmod':
      return path ? setFileAttributes(world, host, path, { mode: 0o666 }) : world;
    case 'version': {
      const versions = name ? (getPackage(name)?.versions ?? []) : [];
      const version = pick(versions, change.version)?.version;
      return name && version ? setPackage(world, host, name, version) : world;
    }
    case 'drop':
      return name ? dropPackage(world, host, name) : world;
    case 'stop':
      return unit ? setService(world, host, unit, { active: 'inactive' }) : world;
    case 'disable':
      return unit ? setService(world, host, unit, { enabled: false }) : world;
    case 'unreachable':
      return setReachable(world, host, false);
  }
}

describe('converge (property)', () => {
  it('leaves no MODIFIED or MISSING resource on reachable hosts, adds no UNMANAGED one, and a second run changes nothing', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 12 }), (changes) => {
        const drifted = changes.reduce(applyChange, base);
        const once = applyConverge(drifted, planConverge(drifted), ACTOR).world;
        for (const host of once.order) {
          const server = once.servers[host];
          if (!server?.reachable) {
            expect(server).toBe(drifted.servers[host]);
            continue;
          }
          const left = serverDrift(once, host).filter(
            (i) => i.status === 'MODIFIED' || i.status === 'MISSING',
          );
          expect(left, host).toEqual([]);
        }
        expect(planConverge(once).hosts.flatMap((h) => h.actions)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
