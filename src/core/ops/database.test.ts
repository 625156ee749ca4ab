import { describe, expect, it } from 'vitest';
import { databaseHostOf, latestSchema, migrateSchema } from './database';
import { stopService } from './services';
import { frota, newEntries, root, server } from './testkit';

const migrate = root('loja-manage migrate');

describe('schema migrations', () => {
  it('apply forwards, with Django-style output and a ledger entry', () => {
    const start = frota();
    const r = migrateSchema(start, 'db-01', 9, migrate);
    expect(r.outcome).toMatchObject({
      ok: true,
      from: 7,
      to: 9,
      stdout: [
        'Operations to perform:',
        '  Apply all migrations: loja',
        'Running migrations:',
        '  Applying loja.0008_coupons... OK',
        '  Applying loja.0009_async_sessions... OK',
        '',
      ].join('\n'),
    });
    expect(server(r.world, 'db-01').database?.schemaVersion).toBe(9);
    expect(newEntries(start, r.world)).toMatchObject([
      { resource: 'database:loja', before: 'schema 7', after: 'schema 9' },
    ]);
  });

  it('roll back to a target, or do nothing when already there', () => {
    const r = migrateSchema(frota(), 'db-01', 6, migrate);
    expect('stdout' in r.outcome && r.outcome.stdout).toContain(
      '  Target specific migration: 0006_stock_levels, from loja\nRunning migrations:\n  Unapplying loja.0007_checkout_redesign... OK\n',
    );
    const world = frota();
    const same = migrateSchema(world, 'db-01', 7, migrate);
    expect(same.world).toBe(world);
    expect('stdout' in same.outcome && same.outcome.stdout).toContain('  No migrations to apply.\n');
  });

  it('fail for an unknown migration, a stopped database or a host without one', () => {
    const world = frota();
    expect(latestSchema()).toBe(9);
    expect(migrateSchema(world, 'db-01', 12, migrate).outcome).toMatchObject({
      code: 'UNKNOWN_MIGRATION',
      exitCode: 1,
      stderr: "CommandError: Cannot find a migration matching '0012' from app 'loja'.\n",
    });
    const stopped = stopService(
      world,
      'db-01',
      'postgresql@15-main',
      root('systemctl stop postgresql@15-main'),
    ).world;
    expect(migrateSchema(stopped, 'db-01', 8, migrate).outcome).toMatchObject({
      ok: false,
      code: 'DB_UNAVAILABLE',
    });
    expect(migrateSchema(world, 'web-01', 8, migrate).outcome).toMatchObject({
      ok: false,
      code: 'NO_DATABASE',
    });
  });

  it("finds the database an app server's environment uses", () => {
    const world = frota();
    expect(databaseHostOf(world, 'web-02')).toBe('db-01');
    expect(databaseHostOf(world, 'stg-web-01')).toBe('stg-db-01');
    expect(databaseHostOf(world, 'bastion')).toBeUndefined();
  });
});
