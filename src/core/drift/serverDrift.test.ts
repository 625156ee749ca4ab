import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../scenarios';
import { updateServer } from '../world/update';
import { desiredFor } from './desired';
import { driftedItems, serverDrift } from './serverDrift';
import {
  addFile,
  deleteFile,
  editFile,
  setFileAttributes,
  setPackage,
  setSchema,
  setService,
  TEST_NOW,
} from './testkit';

const world = frotaWorld({ seed: 1, now: TEST_NOW });
const LOJA_INI = '/etc/loja/loja.ini';
const raiseTimeout = (content: string) => content.replace('timeout = 30', 'timeout = 120');

function item(w: typeof world, host: string, resource: string) {
  return serverDrift(w, host).find((i) => i.resource === resource);
}

describe('desired state', () => {
  it('renders templates with the server and environment variables', () => {
    const web = desiredFor(world, 'web-02');
    const stg = desiredFor(world, 'stg-web-01');
    expect(web?.files['/etc/nginx/sites-enabled/loja']?.content).toContain(
      'server_name web-02.lab.internal;',
    );
    expect(web?.files[LOJA_INI]?.content).toContain('host = db-01.lab.internal');
    expect(stg?.files[LOJA_INI]?.content).toContain('host = stg-db-01.lab.internal');
    expect(web?.packages.loja).toBe('2.3.0');
    expect(desiredFor(world, 'db-01')?.database).toEqual({ name: 'loja', schemaVersion: 7 });
  });

  it('shares one rendering between servers whose variables agree', () => {
    expect(desiredFor(world, 'web-01')?.files[LOJA_INI]).toBe(desiredFor(world, 'web-03')?.files[LOJA_INI]);
  });

  it('is null for an unknown host', () => {
    expect(desiredFor(world, 'nope')).toBeNull();
  });
});

describe('serverDrift', () => {
  it('finds every server of a fresh frota fully IN_SYNC', () => {
    for (const host of world.order) {
      const items = serverDrift(world, host);
      expect(items.length).toBeGreaterThan(0);
      expect(driftedItems(items)).toEqual([]);
    }
  });

  it('reports a hand-edited loja.ini as MODIFIED with a desired → actual diff', () => {
    const edited = editFile(world, 'web-02', LOJA_INI, raiseTimeout);
    const drifted = driftedItems(serverDrift(edited, 'web-02'));
    expect(drifted.map((i) => i.resource)).toEqual([`file:${LOJA_INI}`]);
    const [file] = drifted;
    expect(file?.status).toBe('MODIFIED');
    expect(file?.properties?.map((p) => p.name)).toEqual(['content']);
    expect(file?.diff).toContain('-timeout = 30\n+timeout = 120');
    expect(file?.hunks?.[0]?.lines).toEqual(expect.arrayContaining(['-timeout = 30', '+timeout = 120']));
    expect(file?.expected).toMatch(/^root:loja 0640, 15 lines$/);
    expect(driftedItems(serverDrift(edited, 'web-01'))).toEqual([]);
  });

  it('reports a package outside image and manifest as UNMANAGED', () => {
    const withHtop = setPackage(world, 'web-02', 'htop', '3.2.2-2');
    expect(driftedItems(serverDrift(withHtop, 'web-02'))).toEqual([
      { resource: 'package:htop', kind: 'package', status: 'UNMANAGED', expected: null, actual: '3.2.2-2' },
    ]);
  });

  it('does not count a patched image package as drift (the image is a baseline, not a declaration)', () => {
    expect(
      driftedItems(serverDrift(setPackage(world, 'web-01', 'libssl3', '3.0.15-1~deb12u1'), 'web-01')),
    ).toEqual([]);
  });

  it('reports a declared package at another version as MODIFIED', () => {
    const upgraded = setPackage(world, 'web-01', 'nginx', '1.26.2-1~bookworm');
    expect(item(upgraded, 'web-01', 'package:nginx')).toMatchObject({
      status: 'MODIFIED',
      expected: '1.22.1-9',
      actual: '1.26.2-1~bookworm',
      properties: [{ name: 'version', expected: '1.22.1-9', actual: '1.26.2-1~bookworm' }],
    });
  });

  it('reports a declared package that dpkg left half-configured as MODIFIED', () => {
    const nginx = { version: '1.22.1-9', held: false, status: 'half-configured' as const };
    const broken = updateServer(world, 'web-01', (s) => ({ ...s, packages: { ...s.packages, nginx } }));
    expect(item(broken, 'web-01', 'package:nginx')).toMatchObject({
      status: 'MODIFIED',
      actual: '1.22.1-9 (half-configured)',
      properties: [{ name: 'status', expected: 'installed', actual: 'half-configured' }],
    });
  });

  it('reports a deleted declared file as MISSING', () => {
    const deleted = deleteFile(world, 'web-03', LOJA_INI);
    expect(item(deleted, 'web-03', `file:${LOJA_INI}`)).toMatchObject({ status: 'MISSING', actual: null });
  });

  it('reports changed owner and mode as properties, mode written as 0644', () => {
    const chmodded = setFileAttributes(world, 'web-01', LOJA_INI, { mode: 0o644, owner: 'aluno' });
    const file = item(chmodded, 'web-01', `file:${LOJA_INI}`);
    expect(file?.status).toBe('MODIFIED');
    expect(file?.properties).toEqual([
      { name: 'owner', expected: 'root', actual: 'aluno' },
      { name: 'mode', expected: '0640', actual: '0644' },
    ]);
    expect(file?.diff).toBeUndefined();
  });

  it('reports an undeclared file in a managed directory as UNMANAGED, and ignores one elsewhere', () => {
    let changed = addFile(world, 'web-01', '/etc/nginx/sites-enabled/default', 'server {}\n');
    changed = addFile(changed, 'web-01', '/etc/nginx/snippets.conf', 'gzip on;\n');
    expect(driftedItems(serverDrift(changed, 'web-01')).map((i) => [i.resource, i.status])).toEqual([
      ['file:/etc/nginx/sites-enabled/default', 'UNMANAGED'],
    ]);
  });

  it('reports a stopped nginx as MODIFIED service:nginx with readable states', () => {
    const stopped = setService(world, 'lb-01', 'nginx', { active: 'inactive' });
    expect(item(stopped, 'lb-01', 'service:nginx')).toMatchObject({
      status: 'MODIFIED',
      expected: 'running, enabled',
      actual: 'stopped, enabled',
      properties: [{ name: 'state', expected: 'running', actual: 'stopped' }],
    });
  });

  it('reports a running service nobody declared as UNMANAGED, but not the image units', () => {
    const rsync = {
      package: 'rsync',
      description: 'fast remote file copy program daemon',
      enabled: true,
      active: 'active' as const,
      since: TEST_NOW,
      loaded: {},
      journal: [],
    };
    const changed = updateServer(setPackage(world, 'web-01', 'rsync', '3.2.7-1'), 'web-01', (s) => ({
      ...s,
      services: { ...s.services, rsync },
    }));
    expect(driftedItems(serverDrift(changed, 'web-01')).map((i) => i.resource)).toEqual([
      'package:rsync',
      'service:rsync',
    ]);
  });

  it('reports a database behind its schema as MODIFIED', () => {
    const behind = setSchema(world, 'db-01', 6);
    expect(item(behind, 'db-01', 'database:loja')).toMatchObject({
      status: 'MODIFIED',
      expected: 'schema 7',
      actual: 'schema 6',
    });
  });

  it('answers an unchanged server from its cache, and recomputes only the changed one', () => {
    const edited = editFile(world, 'web-02', LOJA_INI, raiseTimeout);
    expect(serverDrift(edited, 'web-01')).toBe(serverDrift(world, 'web-01'));
    expect(serverDrift(edited, 'web-02')).not.toBe(serverDrift(world, 'web-02'));
  });

  it('is empty for an unknown host', () => {
    expect(serverDrift(world, 'nope')).toEqual([]);
  });
});
