/**
 * The little SQL the lab's PostgreSQL answers: `SELECT version()`, a few functions and constants, and
 * SELECTs over the shop's `django_migrations` table (the schema version `loja-manage migrate` moves).
 * Anything else gets PostgreSQL's own error with the `LINE 1:` caret.
 */
import { ledgerForHost, migrationName, type World } from '../../../core';

export interface Table {
  columns: string[];
  /** Right-aligned (numeric) columns. */
  numeric: boolean[];
  rows: string[][];
}

export type SqlResult = { ok: true; table: Table } | { ok: false; error: string };

export interface SqlContext {
  world: World;
  host: string;
  database: string;
  user: string;
}

function pgTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000+00`;
}

function error(sql: string, message: string, at: number): SqlResult {
  return { ok: false, error: `ERROR:  ${message}\nLINE 1: ${sql}\n${' '.repeat(8 + Math.max(0, at))}^` };
}

/** When each migration was applied: from the ledger when it happened in the session, else before it. */
function appliedAt(ctx: SqlContext, version: number): number {
  const entries = ledgerForHost(ctx.world.ledger, ctx.host).filter(
    (e) => e.resource === `database:${ctx.database}`,
  );
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    const before = Number(/schema (\d+)/.exec(e?.before ?? '')?.[1] ?? Number.NaN);
    const after = Number(/schema (\d+)/.exec(e?.after ?? '')?.[1] ?? Number.NaN);
    if (e && before < version && version <= after) return e.time;
  }
  const booted = ctx.world.servers[ctx.host]?.bootedAt ?? ctx.world.now;
  return booted - (12 - version) * 14 * 86_400_000;
}

function migrations(ctx: SqlContext): Table {
  const level = ctx.world.servers[ctx.host]?.database?.schemaVersion ?? 0;
  const rows: string[][] = [];
  for (let v = 1; v <= level; v++)
    rows.push([String(v), 'loja', migrationName(v), pgTime(appliedAt(ctx, v))]);
  return { columns: ['id', 'app', 'name', 'applied'], numeric: [true, false, false, false], rows };
}

function single(column: string, value: string, numeric = false): SqlResult {
  return { ok: true, table: { columns: [column], numeric: [numeric], rows: [[value]] } };
}

const SELECT_FROM =
  /^select\s+(.+?)\s+from\s+([a-z_][a-z0-9_.]*)(?:\s+where\s+([a-z_]+)\s*=\s*('[^']*'|\d+))?(?:\s+order\s+by\s+([a-z_]+)(?:\s+(asc|desc))?)?(?:\s+limit\s+(\d+))?$/i;

function selectFrom(ctx: SqlContext, sql: string, body: string): SqlResult {
  const m = SELECT_FROM.exec(body);
  if (!m) return error(sql, `syntax error at or near "${body.split(/\s+/).pop() ?? ''}"`, sql.length - 1);
  const [, cols = '', tableName = '', whereCol, whereVal, orderCol, dir, limit] = m;
  const name = tableName.replace(/^public\./, '').toLowerCase();
  if (name !== 'django_migrations' || ctx.database !== 'loja')
    return error(sql, `relation "${tableName}" does not exist`, sql.indexOf(tableName));
  const table = migrations(ctx);
  const col = (c: string) => table.columns.indexOf(c.toLowerCase());
  for (const c of [whereCol, orderCol])
    if (c !== undefined && col(c) < 0) return error(sql, `column "${c}" does not exist`, sql.indexOf(c));
  let rows = table.rows;
  if (whereCol !== undefined && whereVal !== undefined)
    rows = rows.filter((r) => r[col(whereCol)] === whereVal.replace(/^'|'$/g, ''));
  if (orderCol !== undefined) {
    const i = col(orderCol);
    rows = [...rows].sort((a, b) =>
      i === 0 ? Number(a[i]) - Number(b[i]) : (a[i] ?? '').localeCompare(b[i] ?? ''),
    );
    if (dir?.toLowerCase() === 'desc') rows.reverse();
  }
  if (limit !== undefined) rows = rows.slice(0, Number(limit));
  const wanted = cols.split(',').map((c) => c.trim());
  if (wanted.length === 1 && /^count\(\s*\*\s*\)$/i.test(wanted[0] ?? ''))
    return single('count', String(rows.length), true);
  if (wanted.length === 1 && /^max\(\s*id\s*\)$/i.test(wanted[0] ?? ''))
    return single('max', rows.length ? String(Math.max(...rows.map((r) => Number(r[0])))) : '', true);
  const indexes = wanted[0] === '*' ? table.columns.map((_, i) => i) : wanted.map(col);
  const missing = wanted.find((w, i) => w !== '*' && indexes[i] === -1);
  if (missing !== undefined) return error(sql, `column "${missing}" does not exist`, sql.indexOf(missing));
  return {
    ok: true,
    table: {
      columns: indexes.map((i) => table.columns[i] ?? ''),
      numeric: indexes.map((i) => table.numeric[i] ?? false),
      rows: rows.map((r) => indexes.map((i) => r[i] ?? '')),
    },
  };
}

/** Runs one statement (`;` optional). */
export function runSql(ctx: SqlContext, raw: string, serverVersion: string): SqlResult {
  const sql = raw.trim();
  const body = sql.replace(/;\s*$/, '').trim();
  const lower = body.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'select version()')
    return single(
      'version',
      `PostgreSQL ${serverVersion.replace(/-.*/, '')} (Debian ${serverVersion}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
    );
  if (lower === 'select current_user' || lower === 'select user') return single(lower.slice(7), ctx.user);
  if (lower === 'select current_database()') return single('current_database', ctx.database);
  if (lower === 'select now()') return single('now', pgTime(ctx.world.now));
  const constant = /^select (-?\d+)$/.exec(lower);
  if (constant?.[1] !== undefined) return single('?column?', constant[1], true);
  if (lower.startsWith('select ')) return selectFrom(ctx, sql, body);
  const first = body.split(/\s+/)[0] ?? '';
  if (/^(insert|update|delete|create|drop|alter|truncate)$/i.test(first))
    return { ok: false, error: `ERROR:  cannot execute ${first.toUpperCase()} in a read-only transaction` };
  return error(sql, `syntax error at or near "${first}"`, sql.indexOf(first));
}
