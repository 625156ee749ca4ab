import { describe, expect, it } from 'vitest';
import { evaluateServerHealth } from '../health/serverHealth';
import { ledgerEntries } from '../history/ledger';
import type { BackgroundEventKind, FileNode, ScheduledEvent, World } from '../model/types';
import { frotaWorld } from '../scenarios';
import { validateWorld } from '../schema/parse';
import { EVENT_KINDS } from './kinds';
import { syslogStamp } from './logs';
import { advanceClock, scheduleEvent, scheduleRandomEvents } from './schedule';

const NOW = Date.UTC(2026, 10, 29, 18); // 18:00 UTC, the evening before
const AT_3 = Date.UTC(2026, 10, 30, 3, 0, 12);
const HOUR = 3_600_000;
const base = frotaWorld({ seed: 3, now: NOW });

function event(
  kind: BackgroundEventKind,
  host: string,
  at = AT_3,
  params: Record<string, string> = {},
): ScheduledEvent {
  return { id: `${kind}-${host}-${at}`, at, kind, host, params };
}

function fired(world: World, ...events: ScheduledEvent[]): World {
  return advanceClock(
    events.reduce((w, e) => scheduleEvent(w, e), world),
    24 * HOUR,
  );
}

function content(world: World, host: string, path: string): string | undefined {
  return (world.servers[host]?.fs[path] as FileNode | undefined)?.content;
}

describe('scheduleEvent and advanceClock', () => {
  it('keeps events in time order and fires only the due ones, each at its own time', () => {
    let w = scheduleEvent(base, event('unreachable', 'web-03', NOW + 5 * HOUR));
    w = scheduleEvent(w, event('unreachable', 'web-01', NOW + HOUR));
    w = scheduleEvent(w, event('cert-expire', 'lb-01', NOW + 30 * HOUR));
    expect(w.events.map((e) => e.host)).toEqual(['web-01', 'web-03', 'lb-01']);
    expect(scheduleEvent(w, event('unreachable', 'web-01', NOW + HOUR))).toBe(w);
    const later = advanceClock(w, 6 * HOUR);
    expect(later.now).toBe(NOW + 6 * HOUR);
    expect(later.events.map((e) => e.host)).toEqual(['lb-01']);
    expect(ledgerEntries(later.ledger).map((e) => [e.host, e.time])).toEqual([
      ['web-01', NOW + HOUR],
      ['web-03', NOW + 5 * HOUR],
    ]);
    expect(advanceClock(base, 0)).toBe(base);
  });

  it('schedules seeded random events deterministically, advancing the world RNG', () => {
    const options = { count: 12, within: 3 * 24 * HOUR };
    const a = scheduleRandomEvents(base, options);
    expect(scheduleRandomEvents(base, options)).toEqual(a);
    expect(a.rng).not.toBe(base.rng);
    expect(a.events).toHaveLength(12);
    expect(new Set(a.events.map((e) => e.id)).size).toBe(12);
    for (const e of a.events) {
      expect(e.at).toBeGreaterThan(NOW);
      expect(e.at).toBeLessThanOrEqual(NOW + options.within);
      if (e.kind === 'hotfix') expect(new Date(e.at).getUTCHours()).toBe(3);
      if (e.kind === 'hotfix') expect(base.servers[e.host]?.role).toBe('web');
      if (e.kind === 'unreachable') expect(e.host).not.toBe('bastion');
    }
    expect(a.events.map((e) => e.at)).toEqual([...a.events.map((e) => e.at)].sort((x, y) => x - y));
    const only = scheduleRandomEvents(base, { ...options, kinds: ['disk-fill'], hosts: ['db-01'] });
    expect(only.events.every((e) => e.kind === 'disk-fill' && e.host === 'db-01')).toBe(true);
    expect(scheduleRandomEvents(base, { ...options, kinds: ['cert-expire'], hosts: ['db-01'] })).toBe(base);
  });

  it('leaves a world that validates and that the learner never typed', () => {
    const all = advanceClock(scheduleRandomEvents(base, { count: 30, within: 4 * 24 * HOUR }), 5 * 24 * HOUR);
    expect(validateWorld(all)).toEqual({ ok: true });
    expect(all.events).toEqual([]);
    const users = new Set(ledgerEntries(all.ledger).map((e) => e.user));
    expect(users.has('aluno')).toBe(false);
    for (const host of all.order) {
      const home = Object.keys(all.servers[host]?.fs ?? {}).filter((p) => p.startsWith('/home/aluno'));
      for (const path of home) expect(all.servers[host]?.fs[path]).toBe(base.servers[host]?.fs[path]);
    }
  });
});

describe('effects', () => {
  it('hotfix: joana edits loja.ini at 03:00 and restarts loja; auth.log shows it', () => {
    const w = fired(base, event('hotfix', 'web-02'));
    expect(content(w, 'web-02', '/etc/loja/loja.ini')).toContain('timeout = 120');
    expect(content(w, 'web-02', '/etc/loja/loja.ini')).not.toContain('timeout = 30');
    expect(w.servers['web-02']?.services.loja?.since).toBe(AT_3);
    expect(ledgerEntries(w.ledger).map((e) => [e.user, e.command, e.resource, e.time])).toEqual([
      ['joana', 'sudo vim /etc/loja/loja.ini', 'file:/etc/loja/loja.ini', AT_3],
      ['joana', 'sudo systemctl restart loja', 'service:loja', AT_3],
    ]);
    expect(content(w, 'web-02', '/var/log/auth.log')).toContain(
      `${syslogStamp(AT_3)} web-02 sudo:    joana : TTY=pts/1 ; PWD=/home/joana ; USER=root ; COMMAND=/usr/bin/vim /etc/loja/loja.ini`,
    );
    expect(content(w, 'web-02', '/var/log/syslog')).toContain(
      'systemd[1]: Started loja.service - Loja online shop.',
    );
    expect(w.servers['web-01']).toBe(base.servers['web-01']);
  });

  it('hotfix: nothing happens on a host joana cannot reach', () => {
    const w = fired(base, event('unreachable', 'web-02', AT_3 - 1), event('hotfix', 'web-02'));
    expect(content(w, 'web-02', '/etc/loja/loja.ini')).toContain('timeout = 30');
  });

  it('unattended-upgrades: newest bookworm-security libssl3/openssl; services keep the old library', () => {
    const w = fired(base, event('unattended-upgrades', 'web-01', Date.UTC(2026, 10, 30, 6, 25, 3)));
    const server = w.servers['web-01'];
    expect(server?.packages.libssl3?.version).toBe('3.0.16-1~deb12u1');
    expect(server?.packages.openssl?.version).toBe('3.0.16-1~deb12u1');
    expect(server?.services.nginx).toEqual(base.servers['web-01']?.services.nginx);
    expect(content(w, 'web-01', '/var/log/apt/history.log')).toBe(
      '\nStart-Date: 2026-11-30  06:25:03\nCommandline: /usr/bin/unattended-upgrade\n' +
        'Upgrade: libssl3:amd64 (3.0.11-1~deb12u2, 3.0.16-1~deb12u1), openssl:amd64 (3.0.11-1~deb12u2, 3.0.16-1~deb12u1)\n' +
        'End-Date: 2026-11-30  06:25:03\n',
    );
    expect(ledgerEntries(w.ledger).map((e) => [e.user, e.resource, e.before, e.after])).toEqual([
      ['root', 'package:libssl3', '3.0.11-1~deb12u2', '3.0.16-1~deb12u1'],
      ['root', 'package:openssl', '3.0.11-1~deb12u2', '3.0.16-1~deb12u1'],
    ]);
    expect(content(w, 'web-01', '/usr/share/doc/libssl3/copyright')).toContain('3.0.16-1~deb12u1');
  });

  it('unattended-upgrades: a held library keeps back what needs it, the rest is upgraded', () => {
    const held: World = {
      ...base,
      servers: {
        ...base.servers,
        'db-01': {
          ...(base.servers['db-01'] as World['servers'][string]),
          packages: {
            ...base.servers['db-01']?.packages,
            libssl3: { version: '3.0.11-1~deb12u2', held: true },
          },
        },
      },
    };
    const w = fired(held, event('unattended-upgrades', 'db-01'));
    expect(w.servers['db-01']?.packages.libssl3?.version).toBe('3.0.11-1~deb12u2');
    // openssl 3.0.16 depends on libssl3 (>= 3.0.16): it waits for the hold to go.
    expect(w.servers['db-01']?.packages.openssl?.version).toBe('3.0.11-1~deb12u2');
    const curl = fired(
      held,
      event('unattended-upgrades', 'db-01', AT_3, { packages: 'openssl curl libcurl4' }),
    );
    expect(curl.servers['db-01']?.packages.curl?.version).not.toBe(
      held.servers['db-01']?.packages.curl?.version,
    );
  });

  it('cron-rewrite: a cron job overwrites nginx tuning on the web tier and /etc/hosts elsewhere', () => {
    const w = fired(base, event('cron-rewrite', 'lb-01'), event('cron-rewrite', 'db-01'));
    expect(content(w, 'lb-01', '/etc/nginx/conf.d/tuning.conf')).toContain('tune-nginx.sh');
    expect(content(w, 'lb-01', '/etc/cron.d/tune-nginx')).toContain('root /usr/local/bin/tune-nginx.sh');
    expect(content(w, 'db-01', '/etc/hosts')).toContain('10.0.9.20\tdb-01.lab.internal');
    expect(content(w, 'db-01', '/var/log/syslog')).toMatch(
      /^2026-11-30T03:00:12\.000000\+00:00 db-01 CRON\[\d+\]: \(root\) CMD \(\/usr\/local\/bin\/sync-hosts\.sh >\/dev\/null 2>&1\)$/m,
    );
    const custom = fired(base, event('cron-rewrite', 'web-01', AT_3, { path: '/etc/motd', content: 'hi\n' }));
    expect(content(custom, 'web-01', '/etc/motd')).toBe('hi\n');
  });

  it('disk-fill: usage reaches 98 % with a big log under /var/log', () => {
    const w = fired(
      base,
      event('disk-fill', 'web-03'),
      event('disk-fill', 'db-01', AT_3, { percent: '99.5' }),
    );
    const web = w.servers['web-03'];
    expect((web?.disk.usedMb ?? 0) / (web?.disk.totalMb ?? 1)).toBeGreaterThanOrEqual(0.98);
    expect(content(w, 'web-03', '/var/log/loja/debug.log')).toContain('DEBUG');
    const db = w.servers['db-01'];
    expect((db?.disk.usedMb ?? 0) / (db?.disk.totalMb ?? 1)).toBeGreaterThanOrEqual(0.995);
    expect(ledgerEntries(w.ledger).map((e) => [e.host, e.user, e.resource])).toEqual([
      ['web-03', 'loja', 'file:/var/log/loja/debug.log'],
      ['web-03', 'loja', 'disk:/'],
      ['db-01', 'postgres', 'file:/var/log/postgresql/postgresql-15-main.log.1'],
      ['db-01', 'postgres', 'disk:/'],
    ]);
  });

  it('cert-expire and unreachable: the certificate is out of date, the host stops answering', () => {
    const w = fired(base, event('cert-expire', 'lb-01'), event('unreachable', 'web-01'));
    const cert = w.servers['lb-01']?.certificates['/etc/ssl/certs/loja.pem'];
    expect(cert?.notAfter).toBeLessThan(AT_3);
    expect(w.servers['web-01']?.reachable).toBe(false);
    expect(evaluateServerHealth(w.servers['web-01'] as World['servers'][string]).failures).toMatchObject([
      { code: 'HOST_UNREACHABLE', params: { host: 'web-01' } },
    ]);
  });

  it('cert-expire with days: the end comes that close and never moves away again', () => {
    const soon = fired(base, event('cert-expire', 'lb-01', AT_3, { days: '10' }));
    const cert = soon.servers['lb-01']?.certificates['/etc/ssl/certs/loja.pem'];
    expect(cert?.notAfter).toBe(AT_3 + 10 * 24 * HOUR);
    expect(ledgerEntries(soon.ledger).at(-1)).toMatchObject({
      host: 'lb-01',
      user: 'root',
      command: '(certificate validity cut to 10 days)',
    });
    const later = fired(soon, event('cert-expire', 'lb-01', AT_3 + 25 * HOUR, { days: '30' }));
    expect(later.servers['lb-01']?.certificates).toBe(soon.servers['lb-01']?.certificates);
    const ended = fired(soon, event('cert-expire', 'lb-01', AT_3 + 25 * HOUR, { days: '0' }));
    expect(ended.servers['lb-01']?.certificates['/etc/ssl/certs/loja.pem']?.notAfter).toBe(
      AT_3 + 25 * HOUR - 1,
    );
  });

  it('local jobs still run on a host the network cannot reach, which stays unreachable', () => {
    const w = fired(base, event('unreachable', 'web-02', AT_3 - 1), event('cron-rewrite', 'web-02'));
    expect(content(w, 'web-02', '/etc/nginx/conf.d/tuning.conf')).toContain('tune-nginx.sh');
    expect(w.servers['web-02']?.reachable).toBe(false);
    const off = fired(base, event('unreachable', 'db-01', AT_3 - 1));
    expect(advanceClock(scheduleEvent(off, event('cert-expire', 'db-01', off.now)), 0).servers).toBe(
      off.servers,
    );
  });

  it('every kind is a no-op on an unknown host', () => {
    for (const kind of EVENT_KINDS) {
      const w = fired(base, event(kind, 'nowhere'));
      expect(w.servers).toBe(base.servers);
    }
  });
});
