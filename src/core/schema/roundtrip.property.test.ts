import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../events/kinds';
import { advanceClock, scheduleRandomEvents } from '../events/schedule';
import type { World } from '../model/types';
import { writeFile } from '../ops/files';
import { aptInstall } from '../ops/packages';
import { stopService } from '../ops/services';
import { frotaWorld } from '../scenarios';
import { parseWorld } from './parse';
import { serializeWorld } from './serialize';

const NOW = Date.UTC(2026, 10, 29, 9);
const actor = { user: 'aluno', command: 'property' };
const host = fc.constantFrom('bastion', 'lb-01', 'web-02', 'db-01', 'stg-web-01');

/** Changes that reach every part of the model: files (any text), packages, units, events, time. */
const change: fc.Arbitrary<(w: World) => World> = fc.oneof(
  fc.tuple(host, fc.string({ unit: 'binary', maxLength: 60 })).map(
    ([h, text]) =>
      (w: World) =>
        writeFile(w, h, '/etc/motd', text, actor).world,
  ),
  host.map((h) => (w: World) => stopService(w, h, 'ssh', actor).world),
  host.map(
    (h) => (w: World) =>
      aptInstall(w, h, [{ name: 'curl', version: '7.88.1-10+deb12u8' }], {
        actor: { ...actor, user: 'root' },
      }).world,
  ),
  fc.tuple(fc.nat(8), fc.subarray([...EVENT_KINDS], { minLength: 1 })).map(
    ([count, kinds]) =>
      (w: World) =>
        scheduleRandomEvents(w, { count, within: 3 * 86_400_000, kinds }),
  ),
  fc.integer({ min: 0, max: 4 * 86_400_000 }).map((ms) => (w: World) => advanceClock(w, ms)),
);

describe('parseWorld(serializeWorld(world))', () => {
  it('gives back any world after random changes exactly', () => {
    const start = frotaWorld({ seed: 9, now: NOW });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 10 }), (changes) => {
        const world = changes.reduce((w, c) => c(w), start);
        expect(parseWorld(serializeWorld(world))).toEqual({ ok: true, world });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
