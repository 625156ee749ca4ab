import { describe, expect, it } from 'vitest';
import { driftedItems, serverDrift } from '../drift/serverDrift';
import {
  addFile,
  deleteFile,
  dropPackage,
  editFile,
  setFileAttributes,
  setPackage,
  setReachable,
  setSchema,
  setService,
  TEST_NOW,
} from '../drift/testkit';
import { ledgerEntries, ledgerSize } from '../history/ledger';
import type { World } from '../model/types';
import { frotaWorld } from '../scenarios';
import { updateServer } from '../world/update';
import { applyConverge, planConverge, resolveLimit } from './converge';

const ACTOR = { user: 'aluno', command: 'converge' };
const LOJA_INI = '/etc/loja/loja.ini';
const world = frotaWorld({ seed: 1, now: TEST_NOW });

/** web-02 with a hotfix and htop; lb-01 with nginx stopped; web-03 without its loja.ini. */
function drifted(): World {
  let w = editFile(world, 'web-02', LOJA_INI, (c) => c.replace('timeout = 30', 'timeout = 120'));
  w = setPackage(w, 'web-02', 'htop', '3.2.2-2');
  w = setService(w, 'lb-01', 'nginx', { active: 'inactive' });
  return deleteFile(w, 'web-03', LOJA_INI);
}

function driftOf(w: World, host: string) {
  return driftedItems(serverDrift(w, host)).map((i) => `${i.status} ${i.resource}`);
}

function actionsOf(
  plan: { hosts: { host: string; actions: { action: string; resource: string }[] }[] },
  host: string,
) {
  return plan.hosts.find((h) => h.host === host)?.actions.map((a) => `${a.action} ${a.resource}`);
}

describe('planConverge (--check --diff)', () => {
  it('lists the actions host by host without changing the world', () => {
    const before = drifted();
    const plan = planConverge(before);
    expect(actionsOf(plan, 'web-02')).toEqual([`write-file file:${LOJA_INI}`, 'restart service:loja']);
    expect(actionsOf(plan, 'web-03')).toEqual([`write-file file:${LOJA_INI}`, 'restart service:loja']);
    expect(actionsOf(plan, 'lb-01')).toEqual(['start service:nginx']);
    expect(plan.hosts.find((h) => h.host === 'web-01')?.status).toBe('ok');
    expect(plan.hosts.find((h) => h.host === 'web-02')?.status).toBe('changed');
    expect(driftOf(before, 'web-02')).toContain(`MODIFIED file:${LOJA_INI}`);
    expect(ledgerSize(before.ledger)).toBe(0);
  });

  it('shows the file change as a before → after diff, and what notified a handler', () => {
    const [write, restart] = planConverge(drifted(), { limit: ['web-02'] }).hosts[0]?.actions ?? [];
    expect(write?.diff).toContain('-timeout = 120\n+timeout = 30');
    expect(write?.before).toBe('root:loja 0640, 15 lines');
    expect(restart).toMatchObject({ action: 'restart', notifiedBy: [`file:${LOJA_INI}`] });
  });

  it('reloads nginx after a changed nginx config', () => {
    const w = editFile(world, 'web-01', '/etc/nginx/nginx.conf', (c) => c.replace('gzip on;', 'gzip off;'));
    expect(actionsOf(planConverge(w), 'web-01')).toEqual([
      'write-file file:/etc/nginx/nginx.conf',
      'reload service:nginx',
    ]);
  });

  it('restarts loja after its package changed, once, after dpkg restarted it', () => {
    const w = setPackage(world, 'web-01', 'loja', '2.4.0');
    expect(actionsOf(planConverge(w), 'web-01')).toEqual(['downgrade package:loja', 'restart service:loja']);
  });

  it('fixes attributes without rewriting the content', () => {
    const w = setFileAttributes(world, 'web-01', LOJA_INI, { mode: 0o644 });
    const [action] = planConverge(w, { limit: ['web-01'] }).hosts[0]?.actions ?? [];
    expect(action).toMatchObject({
      action: 'set-attributes',
      before: 'root:loja 0644, 15 lines',
      after: 'root:loja 0640, 15 lines',
    });
  });

  it('starts a stopped service rather than notifying a handler for it', () => {
    let w = setService(world, 'web-01', 'loja', { active: 'inactive', enabled: false });
    w = editFile(w, 'web-01', LOJA_INI, (c) => `${c}# hotfix\n`);
    expect(actionsOf(planConverge(w), 'web-01')).toEqual([
      `write-file file:${LOJA_INI}`,
      'enable service:loja',
      'start service:loja',
    ]);
  });

  it('reports an unreachable host as unreachable, with no actions', () => {
    const plan = planConverge(setReachable(drifted(), 'web-03', false));
    expect(plan.hosts.find((h) => h.host === 'web-03')).toEqual({
      host: 'web-03',
      status: 'unreachable',
      actions: [],
      failures: [],
    });
  });
});

describe('applyConverge', () => {
  it('fixes MODIFIED and MISSING resources and leaves UNMANAGED ones alone', () => {
    const { world: after, hosts } = applyConverge(drifted(), planConverge(drifted()), ACTOR);
    expect(driftOf(after, 'web-02')).toEqual(['UNMANAGED package:htop']);
    expect(driftOf(after, 'web-03')).toEqual([]);
    expect(driftOf(after, 'lb-01')).toEqual([]);
    expect(after.servers['web-02']?.fs[LOJA_INI]).toMatchObject({ kind: 'file', mtime: TEST_NOW });
    expect(hosts.filter((h) => h.status === 'changed').map((h) => h.host)).toEqual([
      'lb-01',
      'web-02',
      'web-03',
    ]);
  });

  it('removes UNMANAGED packages, files and services with purge', () => {
    let w = addFile(drifted(), 'web-01', '/etc/nginx/sites-enabled/default', 'server {}\n');
    w = setPackage(w, 'db-01', 'htop', '3.2.2-2');
    const plan = planConverge(w, { purge: true });
    expect(actionsOf(plan, 'web-01')).toEqual([
      'remove file:/etc/nginx/sites-enabled/default',
      'reload service:nginx',
    ]);
    const { world: after } = applyConverge(w, plan, ACTOR);
    for (const host of after.order) expect(driftOf(after, host)).toEqual([]);
    expect(after.servers['web-02']?.packages.htop).toBeUndefined();
  });

  it('records every change in the ledger with the actor and the command', () => {
    const plan = planConverge(drifted());
    const { world: after } = applyConverge(drifted(), plan, ACTOR);
    const entries = ledgerEntries(after.ledger);
    expect(entries).toHaveLength(plan.hosts.flatMap((h) => h.actions).length);
    expect(entries[0]).toMatchObject({
      host: 'lb-01',
      user: 'aluno',
      command: 'converge',
      resource: 'service:nginx',
      time: TEST_NOW,
    });
    expect(entries.map((e) => e.resource)).toContain(`file:${LOJA_INI}`);
  });

  it('is idempotent: converging twice changes nothing the second time', () => {
    const once = applyConverge(drifted(), planConverge(drifted()), ACTOR).world;
    const again = planConverge(once);
    expect(again.hosts.every((h) => h.status === 'ok' && h.actions.length === 0)).toBe(true);
    const twice = applyConverge(once, again, ACTOR).world;
    expect(twice.servers).toBe(once.servers);
    expect(ledgerSize(twice.ledger)).toBe(ledgerSize(once.ledger));
  });

  it('skips an unreachable host and leaves it drifted: the fleet ends half-changed', () => {
    const w = setReachable(drifted(), 'web-03', false);
    const { world: after, hosts } = applyConverge(w, planConverge(w), ACTOR);
    expect(hosts.find((h) => h.host === 'web-03')?.status).toBe('unreachable');
    expect(driftOf(after, 'web-03')).toEqual([`MISSING file:${LOJA_INI}`]);
    expect(after.servers['web-03']).toBe(w.servers['web-03']);
    expect(driftOf(after, 'web-02')).toEqual(['UNMANAGED package:htop']);
  });

  it('brings back a replaced nginx: downgrade from nginx.org, reinstall its siblings, start the unit', () => {
    // As apt leaves it after installing nginx.org's package, which conflicts with Debian's split packages.
    let w = dropPackage(dropPackage(world, 'web-01', 'nginx-common'), 'web-01', 'nginx-core');
    w = updateServer(w, 'web-01', ({ services: { nginx: _gone, ...services }, ...s }) => ({
      ...s,
      services,
    }));
    w = setPackage(w, 'web-01', 'nginx', '1.26.2-1~bookworm');
    const plan = planConverge(w, { limit: ['web-01'] });
    expect(actionsOf(plan, 'web-01')).toEqual([
      'downgrade package:nginx',
      'install package:nginx-common',
      'install package:nginx-core',
      // dpkg put the package's default site back; the managed directory holds only what is declared.
      'remove file:/etc/nginx/sites-enabled/default',
      'reload service:nginx',
    ]);
    const after = applyConverge(w, plan, ACTOR).world;
    expect(driftOf(after, 'web-01')).toEqual([]);
    expect(after.servers['web-01']?.services.nginx).toMatchObject({
      package: 'nginx-common',
      active: 'active',
      enabled: true,
    });
    expect(after.servers['web-01']?.fs['/etc/nginx/sites-enabled/default']).toBeUndefined();
  });

  it('migrates a database behind its schema', () => {
    const w = setSchema(world, 'db-01', 6);
    const plan = planConverge(w, { limit: ['db'] });
    expect(plan.hosts[0]?.actions).toEqual([
      { resource: 'database:loja', action: 'migrate', before: 'schema 6', after: 'schema 7' },
    ]);
    expect(applyConverge(w, plan, ACTOR).world.servers['db-01']?.database?.schemaVersion).toBe(7);
  });
});

describe('converge through the operations (apt, dpkg, systemctl)', () => {
  it('reports a held dpkg lock and leaves the packages drifted, fixing the rest', () => {
    let w = setPackage(world, 'web-01', 'loja', '2.4.0');
    w = editFile(w, 'web-01', LOJA_INI, (c) => `${c}# hotfix\n`);
    w = updateServer(w, 'web-01', (s) => ({
      ...s,
      apt: { ...s.apt, lock: { holder: 'unattended-upgr', pid: 1432 } },
    }));
    const { world: after, hosts } = applyConverge(w, planConverge(w), ACTOR);
    expect(hosts.find((h) => h.host === 'web-01')?.failures).toEqual([
      { resource: 'package:*', code: 'LOCKED', params: { holder: 'unattended-upgr', pid: '1432' } },
    ]);
    expect(driftOf(after, 'web-01')).toEqual(['MODIFIED package:loja']);
  });

  it('refuses to change a held package, as apt does', () => {
    const w = updateServer(setPackage(world, 'web-01', 'loja', '2.4.0'), 'web-01', (s) => ({
      ...s,
      packages: { ...s.packages, loja: { version: '2.4.0', held: true } },
    }));
    const [host] = planConverge(w, { limit: ['web-01'] }).hosts;
    expect(host?.failures).toEqual([{ resource: 'package:*', code: 'HELD', params: { names: 'loja' } }]);
    expect(host?.actions).toEqual([]);
  });

  it('configures again a declared package that dpkg left half-configured', () => {
    const w = updateServer(world, 'web-01', (s) => ({
      ...s,
      packages: {
        ...s.packages,
        'nginx-common': { version: '1.22.1-9', held: false, status: 'half-configured' },
      },
    }));
    expect(driftOf(w, 'web-01')).toEqual(['MODIFIED package:nginx-common']);
    const { world: after } = applyConverge(w, planConverge(w, { limit: ['web-01'] }), ACTOR);
    expect(after.servers['web-01']?.packages['nginx-common']?.status ?? 'installed').toBe('installed');
    expect(driftOf(after, 'web-01')).toEqual([]);
  });

  it('lets dpkg restart the units of a changed package, like its postinst', () => {
    const w = setPackage(world, 'web-01', 'loja', '2.4.0');
    const { world: after } = applyConverge(w, planConverge(w), ACTOR);
    const loja = ledgerEntries(after.ledger).filter((e) => e.resource === 'package:loja');
    expect(loja).toEqual([expect.objectContaining({ before: '2.4.0', after: '2.3.0', user: 'aluno' })]);
    expect(after.servers['web-01']?.services.loja?.loaded.loja).toBe('2.3.0');
  });
});

describe('limit', () => {
  it('selects hosts, globs, roles, environments and env_role groups', () => {
    expect(resolveLimit(world, ['web-02']).hosts).toEqual(['web-02']);
    expect(resolveLimit(world, ['web-0*']).hosts).toEqual(['web-01', 'web-02', 'web-03']);
    expect(resolveLimit(world, ['web']).hosts).toEqual(['web-01', 'web-02', 'web-03', 'stg-web-01']);
    expect(resolveLimit(world, ['staging']).hosts).toEqual(['stg-web-01', 'stg-db-01']);
    expect(resolveLimit(world, ['prod_db', 'bastion']).hosts).toEqual(['bastion', 'db-01']);
    expect(resolveLimit(world, ['all']).hosts).toEqual(world.order);
    expect(resolveLimit(world, ['nope', 'web-01'])).toEqual({ hosts: ['web-01'], unmatched: ['nope'] });
  });

  it('converges only the selected hosts', () => {
    const { world: after } = applyConverge(drifted(), planConverge(drifted(), { limit: ['web-03'] }), ACTOR);
    expect(driftOf(after, 'web-03')).toEqual([]);
    expect(driftOf(after, 'web-02')).toContain(`MODIFIED file:${LOJA_INI}`);
  });
});
