/**
 * The shop's schema migrations (`loja-manage migrate [N]`, Django-style output): moves the database on a
 * `db` host to a schema version, forwards or backwards, and records it in the ledger.
 */
import type { World } from '../model/types';
import { getPackage } from '../packages';
import { type Actor, record, updateServer } from '../world/update';
import { guardHost, type HostFailure, type ToolText, Transcript } from './outcome';

export type MigrationCode = 'OK' | 'NO_DATABASE' | 'DB_UNAVAILABLE' | 'UNKNOWN_MIGRATION';

export type MigrationOutcome =
  | ({ ok: boolean; code: MigrationCode; from: number | null; to: number } & ToolText)
  | HostFailure;

const NAMES: Readonly<Record<number, string>> = {
  1: 'initial',
  2: 'products',
  3: 'customers',
  4: 'orders',
  5: 'payments',
  6: 'stock_levels',
  7: 'checkout_redesign',
  8: 'coupons',
  9: 'async_sessions',
};

/** Highest schema any loja release in the catalog expects: the last migration that exists. */
export function latestSchema(): number {
  return Math.max(0, ...(getPackage('loja')?.versions ?? []).map((v) => v.app?.schemaVersion ?? 0));
}

export function migrationName(version: number): string {
  return `${String(version).padStart(4, '0')}_${NAMES[version] ?? 'auto'}`;
}

/** The db host an app server's environment uses (from its `db_host` template variable). */
export function databaseHostOf(world: World, host: string): string | undefined {
  const env = world.servers[host]?.env;
  const dbHost = env === undefined ? undefined : world.envVars[env]?.db_host;
  const name = dbHost?.split('.')[0];
  return name !== undefined && world.servers[name]?.database ? name : undefined;
}

export function migrateSchema(
  world: World,
  host: string,
  toVersion: number,
  actor: Actor,
): { world: World; outcome: MigrationOutcome } {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: guard };
  const db = guard.server.database;
  const t = new Transcript();
  const fail = (code: MigrationCode, from: number | null) => ({
    world,
    outcome: { ok: false, code, from, to: toVersion, ...t.text(1) },
  });
  if (!db) {
    t.err(`django.db.utils.OperationalError: FATAL:  database "loja" does not exist`);
    return fail('NO_DATABASE', null);
  }
  if (!Number.isInteger(toVersion) || toVersion < 0 || toVersion > latestSchema()) {
    const label = Number.isInteger(toVersion) ? String(toVersion).padStart(4, '0') : String(toVersion);
    t.err(`CommandError: Cannot find a migration matching '${label}' from app 'loja'.`);
    return fail('UNKNOWN_MIGRATION', db.schemaVersion);
  }
  if (guard.server.services['postgresql@15-main']?.active !== 'active') {
    t.err(
      `django.db.utils.OperationalError: connection to server at "${host}.lab.internal" (${guard.server.ip}), port 5432 failed: Connection refused`,
      '\tIs the server running on that host and accepting TCP/IP connections?',
    );
    return fail('DB_UNAVAILABLE', db.schemaVersion);
  }
  const from = db.schemaVersion;
  t.out('Operations to perform:');
  t.out(
    toVersion === latestSchema()
      ? '  Apply all migrations: loja'
      : `  Target specific migration: ${migrationName(toVersion)}, from loja`,
  );
  t.out('Running migrations:');
  if (from === toVersion) t.out('  No migrations to apply.');
  for (let v = from + 1; v <= toVersion; v++) t.out(`  Applying loja.${migrationName(v)}... OK`);
  for (let v = from; v > toVersion; v--) t.out(`  Unapplying loja.${migrationName(v)}... OK`);
  if (from === toVersion)
    return { world, outcome: { ok: true, code: 'OK', from, to: toVersion, ...t.text(0) } };
  let next = updateServer(world, host, (s) => ({ ...s, database: { ...db, schemaVersion: toVersion } }));
  next = record(next, host, actor, `database:${db.name}`, `schema ${from}`, `schema ${toVersion}`);
  return { world: next, outcome: { ok: true, code: 'OK', from, to: toVersion, ...t.text(0) } };
}
