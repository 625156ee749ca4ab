import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { World } from '../model/types';
import { getPackage, getVersion, packageNames } from '../packages';
import type { Actor } from '../world/update';
import { migrateSchema } from './database';
import { chmodPath, chownPath } from './fileAttrs';
import { copyPath, movePath } from './fileMove';
import { makeDir, removePath, touchPath, writeFile } from './files';
import {
  aptInstall,
  aptMarkHold,
  aptMarkUnhold,
  aptRemove,
  aptUpdate,
  aptUpgrade,
  dpkgConfigurePending,
} from './packages';
import {
  disableService,
  enableService,
  reloadService,
  restartService,
  startService,
  stopService,
} from './services';
import { powerOff, powerOn, reboot, setCertificateExpiry, setDiskUsage, setReachable } from './system';
import { frota, withSources } from './testkit';

const BASE = frota();
const HOSTS = [...BASE.order, 'ghost'];
const NAMES = [...packageNames(), 'no-such-package'];
const UNITS = ['nginx', 'loja', 'ssh', 'cron', 'postgresql@15-main', 'apache2'];
const PATHS = [
  '/etc/nginx/sites-enabled/loja',
  '/etc/loja',
  '/etc/loja/loja.ini',
  '/tmp/x',
  '/tmp/d/e',
  '/',
  '/etc',
];
const SOURCES = ['nginx-org', 'lab-python', 'bookworm-backports'] as const;

type Op = (world: World, host: string, actor: Actor) => World;

/** A catalog version of `name` (any source, so some are not installable here), or none. */
function versionOf(name: string, index: number): string | undefined {
  const all = getPackage(name)?.versions.map((v) => v.version) ?? [];
  return all.length === 0 || index < 0 ? undefined : all[index % all.length];
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: -1, max: 5 }), fc.boolean()).map(
    ([name, i, yes]): Op =>
      (w, h, actor) => {
        const version = versionOf(name, i);
        const request = version === undefined ? { name } : { name, version };
        return aptInstall(w, h, [request], { actor, assumeYes: yes, allowChangeHeld: !yes }).world;
      },
  ),
  fc.tuple(fc.boolean(), fc.boolean()).map(
    ([full, apt]): Op =>
      (w, h, actor) =>
        aptUpgrade(w, h, { actor, full, frontend: apt ? 'apt' : 'apt-get' }).world,
  ),
  fc.tuple(fc.subarray(NAMES, { maxLength: 3 }), fc.boolean(), fc.boolean()).map(
    ([names, purge, autoremove]): Op =>
      (w, h, actor) =>
        aptRemove(w, h, names, { actor, purge, autoremove }).world,
  ),
  fc.constant<Op>((w, h, actor) => aptUpdate(w, h, { actor }).world),
  fc.tuple(fc.constantFrom(...NAMES), fc.boolean()).map(
    ([name, hold]): Op =>
      (w, h, actor) =>
        (hold ? aptMarkHold : aptMarkUnhold)(w, h, [name], { actor }).world,
  ),
  fc.constant<Op>((w, h, actor) => dpkgConfigurePending(w, h, { actor }).world),
  fc.constantFrom(...SOURCES).map(
    (source): Op =>
      (w, h) =>
        w.servers[h] ? withSources(w, h, source) : w,
  ),
  fc
    .tuple(
      fc.constantFrom(
        startService,
        stopService,
        restartService,
        reloadService,
        enableService,
        disableService,
      ),
      fc.constantFrom(...UNITS),
    )
    .map(
      ([op, unit]): Op =>
        (w, h, actor) =>
          op(w, h, unit, actor).world,
    ),
  fc.constantFrom<Op>(
    (w, h, a) => reboot(w, h, a).world,
    (w, h, a) => powerOff(w, h, a).world,
    (w, h, a) => powerOn(w, h, a).world,
  ),
  fc.boolean().map(
    (r): Op =>
      (w, h, a) =>
        setReachable(w, h, r, a).world,
  ),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(
    (mb): Op =>
      (w, h, a) =>
        setDiskUsage(w, h, mb, a).world,
  ),
  fc.integer().map(
    (d): Op =>
      (w, h, a) =>
        setCertificateExpiry(w, h, '/etc/ssl/certs/loja.pem', w.now + d, a).world,
  ),
  fc.tuple(fc.constantFrom(...PATHS), fc.string({ maxLength: 40 }), fc.boolean()).map(
    ([p, text, append]): Op =>
      (w, h, a) =>
        writeFile(w, h, p, text, a, { append }).world,
  ),
  fc.tuple(fc.constantFrom(...PATHS), fc.boolean()).map(
    ([p, recursive]): Op =>
      (w, h, a) =>
        removePath(w, h, p, a, { recursive }).world,
  ),
  fc.tuple(fc.constantFrom(...PATHS), fc.boolean()).map(
    ([p, parents]): Op =>
      (w, h, a) =>
        makeDir(w, h, p, a, { parents }).world,
  ),
  fc.constantFrom(...PATHS).map(
    (p): Op =>
      (w, h, a) =>
        touchPath(w, h, p, a).world,
  ),
  fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...PATHS), fc.boolean()).map(
    ([s, d, copy]): Op =>
      (w, h, a) =>
        copy ? copyPath(w, h, s, d, a, { recursive: true }).world : movePath(w, h, s, d, a).world,
  ),
  fc.tuple(fc.constantFrom(...PATHS), fc.integer({ min: -1, max: 0o10000 })).map(
    ([p, mode]): Op =>
      (w, h, a) =>
        chmodPath(w, h, p, mode, a, { recursive: true }).world,
  ),
  fc
    .tuple(
      fc.constantFrom(...PATHS),
      fc.constantFrom('root', 'aluno', 'bob'),
      fc.constantFrom('adm', 'nogroup2'),
    )
    .map(
      ([p, u, g]): Op =>
        (w, h, a) =>
          chownPath(w, h, p, u, g, a).world,
    ),
  fc.integer({ min: -2, max: 12 }).map(
    (v): Op =>
      (w, h, a) =>
        migrateSchema(w, h, v, a).world,
  ),
);

const stepArb = fc.tuple(opArb, fc.constantFrom(...HOSTS), fc.constantFrom('root', 'aluno'));

describe('operations (property)', () => {
  it('never throw, keep the world JSON-serializable, and only install catalog versions', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), (steps) => {
        let world = BASE;
        for (const [op, host, user] of steps) {
          world = op(world, host, { user, command: 'fuzz' });
          world = { ...world, now: world.now + 1000 };
        }
        expect(JSON.parse(JSON.stringify(world))).toStrictEqual(world);
        for (const server of Object.values(world.servers)) {
          for (const [name, pkg] of Object.entries(server.packages))
            expect(getVersion(name, pkg.version), `${server.hostname} ${name} ${pkg.version}`).toBeDefined();
          expect(server.disk.usedMb).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
