import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Server, World } from '../model/types';
import { canStart } from './canStart';
import { deploymentEnvs } from './dependencies';
import { deploymentHealth } from './deployment';
import { nginxConfigTest } from './nginx/configTest';
import { serverHealth } from './serverHealth';
import { freshFrota, patchServer, setFile } from './testkit';

const BASE = freshFrota();
const FILES = [
  '/etc/nginx/nginx.conf',
  '/etc/nginx/sites-enabled/loja',
  '/etc/nginx/conf.d/extra.conf',
  '/etc/loja/loja.ini',
  '/etc/hosts',
  '/etc/ssl/certs/loja.pem',
  '/etc/postgresql/15/main/postgresql.conf',
];
const NGINX_WORDS = [
  '{',
  '}',
  ';',
  '\n',
  ' ',
  '"',
  "'",
  '#',
  '\\',
  '$',
  '$' + '{x}',
  'server',
  'listen',
  '443',
  'ssl',
  'on',
  'off',
  'include',
  '/etc/nginx/*',
  'nginx.conf',
  'sites-enabled/*',
  'location',
  '/',
  'http',
  'events',
  'upstream',
  'proxy_pass',
  'ssl_certificate',
  '/etc/ssl/certs/loja.pem',
  'types',
  'map',
  'if',
  'lisen',
  '[::]:80',
  ':',
];

const nginxText = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...NGINX_WORDS), { maxLength: 60 }).map((w) => w.join('')),
  fc.array(fc.constantFrom(...NGINX_WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
);
const version = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('1.26.2-1~bookworm', '3.0.0', '2.4.0', '3.0.16-1~deb12u1', ':', '-', '1:'),
);
const pkg = fc.constantFrom(
  'nginx',
  'nginx-core',
  'nginx-common',
  'loja',
  'python3',
  'libssl3',
  'postgresql-15',
  'linux-image-6.1.0-25-amd64',
  'zzz',
);
const unit = fc.constantFrom(
  'nginx',
  'loja',
  'ssh',
  'cron',
  'postgresql',
  'postgresql@15-main',
  'x.service',
  '',
);

type Mutation = (s: Server, w: World) => Partial<Server>;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ power: fc.constantFrom('on', 'off'), reachable: fc.boolean() })
    .map((p) => () => p as Partial<Server>),
  fc
    .record({ totalMb: fc.integer({ min: -10, max: 60_000 }), usedMb: fc.integer({ min: -10, max: 80_000 }) })
    .map((disk) => () => ({ disk })),
  fc
    .record({ running: fc.string({ maxLength: 20 }), installed: fc.string({ maxLength: 20 }) })
    .map((kernel) => () => ({ kernel })),
  fc.tuple(pkg, fc.option(version)).map(([name, v]) => (s: Server) => {
    const packages = { ...s.packages };
    if (v === null) delete packages[name];
    else packages[name] = { version: v, held: false };
    return { packages };
  }),
  fc
    .tuple(unit, fc.constantFrom('active', 'inactive', 'failed'), fc.boolean(), fc.dictionary(pkg, version))
    .map(([u, active, enabled, loaded]) => (s: Server) => {
      const base = s.services[u] ?? { package: 'zzz', description: u, since: 0, journal: [] };
      return { services: { ...s.services, [u]: { ...base, active, enabled, loaded } } };
    }),
  fc.integer().map((offset) => (s: Server, w: World) => ({
    certificates: Object.fromEntries(
      Object.entries(s.certificates).map(([p, c]) => [p, { ...c, notAfter: w.now + offset }]),
    ),
  })),
  fc.option(fc.integer({ min: -5, max: 20 })).map((schemaVersion) => () => ({
    database: schemaVersion === null ? null : { name: 'loja', schemaVersion },
  })),
);

type Change = { host: string } & (
  | { kind: 'server'; m: Mutation }
  | { kind: 'file'; path: string; text: string | null }
);
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ host: fc.constantFrom(...BASE.order), kind: fc.constant('server' as const), m: mutation }),
  fc.record({
    host: fc.constantFrom(...BASE.order),
    kind: fc.constant('file' as const),
    path: fc.constantFrom(...FILES),
    text: fc.option(nginxText),
  }),
);

function apply(world: World, c: Change): World {
  return c.kind === 'file'
    ? setFile(world, c.host, c.path, c.text)
    : patchServer(world, c.host, (s) => c.m(s, world));
}

describe('health evaluation', () => {
  it('never throws for random changes to servers and arbitrary config text', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (changes) => {
        const world = changes.reduce(apply, BASE);
        for (const host of world.order) {
          const s = world.servers[host] as Server;
          expect(serverHealth(world, host)?.host).toBe(host);
          expect(typeof nginxConfigTest(s).ok).toBe('boolean');
          for (const u of [...Object.keys(s.services), 'nope'])
            expect(typeof canStart(s, u).ok).toBe('boolean');
        }
        for (const env of deploymentEnvs(world)) {
          const d = deploymentHealth(world, env);
          expect(['healthy', 'degraded', 'down']).toContain(d?.status);
          expect(d?.visitor.httpStatus === null).toBe(d?.visitor.curlError.length !== 0);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('agrees with the deployment view: a server the deployment counts down is broken in the fleet view', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (changes) => {
        const world = changes.reduce(apply, BASE);
        const broken = (host: string) => serverHealth(world, host)?.status === 'broken';
        for (const env of deploymentEnvs(world)) {
          const d = deploymentHealth(world, env);
          for (const b of d?.backends ?? []) expect(b.up || broken(b.host), b.host).toBe(true);
          if (d?.lb) expect(d.lb.up || broken(d.lb.host), d.lb.host).toBe(true);
          if (d?.database) expect(d.database.up || broken(d.database.host), d.database.host).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('gives nginx -t exactly one verdict line for any configuration text', () => {
    fc.assert(
      fc.property(nginxText, nginxText, (conf, site) => {
        let world = setFile(BASE, 'lb-01', '/etc/nginx/nginx.conf', conf);
        world = setFile(world, 'lb-01', '/etc/nginx/sites-enabled/loja', site);
        const result = nginxConfigTest(world.servers['lb-01'] as Server);
        const verdicts = result.output.filter((l) => /test (is successful|failed)$/.test(l));
        expect(verdicts).toHaveLength(1);
        expect(result.ok).toBe(verdicts[0]?.endsWith('successful'));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
