import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../scenarios';
import { parityMatrix } from './parity';
import { editFile, setPackage, TEST_NOW } from './testkit';

const world = frotaWorld({ seed: 1, now: TEST_NOW });

function row(matrix: ReturnType<typeof parityMatrix>, resource: string) {
  const found = matrix.rows.find((r) => r.resource === resource);
  if (!found) throw new Error(`no row ${resource}`);
  return found;
}

describe('parityMatrix', () => {
  it('orders columns by environment, then role, in fleet order', () => {
    expect(parityMatrix(world).columns.map((c) => c.host)).toEqual([
      'bastion',
      'lb-01',
      'web-01',
      'web-02',
      'web-03',
      'db-01',
      'stg-web-01',
      'stg-db-01',
    ]);
  });

  it('shows a fresh fleet with no differences anywhere', () => {
    for (const r of parityMatrix(world).rows) {
      expect(r.crossEnv, r.resource).toBe(false);
      for (const cell of Object.values(r.cells)) {
        expect(cell.differsFromDesired, r.resource).toBe(false);
        expect(cell.differsFromPeers, r.resource).toBe(false);
      }
    }
  });

  it('has rows for the app release, the kernel, declared packages, ini settings and managed files', () => {
    const resources = parityMatrix(world).rows.map((r) => r.resource);
    expect(resources.slice(0, 2)).toEqual(['app:loja', 'kernel']);
    expect(resources).toEqual(
      expect.arrayContaining([
        'package:nginx',
        'package:postgresql-15',
        'loja.ini:server.timeout',
        'loja.ini:database.host',
        'postgresql.conf:max_connections',
        'file:/etc/nginx/nginx.conf',
      ]),
    );
    expect(resources).not.toContain('package:loja');
    expect(resources).not.toContain('package:bash');
    expect(row(parityMatrix(world), 'app:loja').cells['web-01']?.value).toBe('2.3.0');
  });

  it('flags web-02 against its peers when its loja.ini timeout is raised to 120', () => {
    const edited = editFile(world, 'web-02', '/etc/loja/loja.ini', (c) =>
      c.replace('timeout = 30', 'timeout = 120'),
    );
    const timeout = row(parityMatrix(edited), 'loja.ini:server.timeout');
    expect(timeout.kind).toBe('config');
    expect(timeout.cells['web-02']).toEqual({
      value: '120',
      desired: '30',
      differsFromDesired: true,
      differsFromPeers: true,
    });
    expect(timeout.cells['web-01']).toEqual({
      value: '30',
      desired: '30',
      differsFromDesired: false,
      differsFromPeers: false,
    });
    expect(timeout.cells['db-01']).toEqual({
      value: null,
      desired: null,
      differsFromDesired: false,
      differsFromPeers: false,
    });
    expect(timeout.crossEnv).toBe(false);
  });

  it('does not flag values that differ by design between environments (the database host)', () => {
    const host = row(parityMatrix(world), 'loja.ini:database.host');
    expect(host.cells['web-01']?.value).toBe('db-01.lab.internal');
    expect(host.cells['stg-web-01']?.value).toBe('stg-db-01.lab.internal');
    expect(host.crossEnv).toBe(false);
  });

  it('shows a cross-environment difference when stg-web-01 has python3 3.12.4-1~lab1', () => {
    const upgraded = setPackage(world, 'stg-web-01', 'python3', '3.12.4-1~lab1');
    const python = row(parityMatrix(upgraded), 'package:python3');
    expect(python.crossEnv).toBe(true);
    expect(python.cells['stg-web-01']).toMatchObject({
      value: '3.12.4-1~lab1',
      desired: null,
      differsFromDesired: false,
    });
    expect(python.cells['web-01']?.value).toBe('3.11.2-1+b1');
    expect(python.cells['stg-web-01']?.differsFromPeers).toBe(false);
  });

  it('adds a row for an UNMANAGED package, differing from the desired absence', () => {
    const python = row(parityMatrix(setPackage(world, 'web-02', 'htop', '3.2.2-2')), 'package:htop');
    expect(python.cells['web-02']).toMatchObject({
      value: '3.2.2-2',
      differsFromDesired: true,
      differsFromPeers: true,
    });
    expect(python.cells['web-01']).toMatchObject({
      value: null,
      differsFromDesired: false,
      differsFromPeers: false,
    });
  });

  it('filters by environment, role and kind, still comparing across environments', () => {
    const upgraded = setPackage(world, 'stg-web-01', 'python3', '3.12.4-1~lab1');
    const matrix = parityMatrix(upgraded, { env: 'prod', role: 'web', kind: 'package' });
    expect(matrix.columns.map((c) => c.host)).toEqual(['web-01', 'web-02', 'web-03']);
    expect(new Set(matrix.rows.map((r) => r.kind))).toEqual(new Set(['package']));
    expect(Object.keys(matrix.rows[0]?.cells ?? {})).toEqual(['web-01', 'web-02', 'web-03']);
    expect(row(matrix, 'package:python3').crossEnv).toBe(true);
    expect(parityMatrix(world, { kind: ['kernel', 'app'] }).rows.map((r) => r.resource)).toEqual([
      'app:loja',
      'kernel',
    ]);
  });

  it('marks two tied peers as both differing', () => {
    const db = { ...world, order: world.order.filter((h) => h !== 'web-03') };
    const edited = editFile(db, 'web-02', '/etc/nginx/nginx.conf', (c) => c.replace('gzip on;', 'gzip off;'));
    const nginx = row(parityMatrix(edited), 'file:/etc/nginx/nginx.conf');
    expect(nginx.cells['web-01']?.differsFromPeers).toBe(true);
    expect(nginx.cells['web-02']?.differsFromPeers).toBe(true);
    expect(nginx.cells['web-02']?.differsFromDesired).toBe(true);
  });
});
