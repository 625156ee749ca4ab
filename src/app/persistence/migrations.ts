import { SESSION_VERSION } from './format';

/** Turns the body of a save of version `n` into version `n + 1`; receives and returns unvalidated JSON. */
export type SessionMigration = (body: unknown) => unknown;

/** Version 1 → 2: missions' progress joined the save; a version 1 save had none, so it restores as null. */
export function addMissions(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
  return { ...body, missions: null };
}

/** The steps this build knows, by the version they start from. Version 1 is the first format. */
export const SESSION_MIGRATIONS: Readonly<Record<number, SessionMigration>> = { 1: addMissions };

export type Migrated = { ok: true; body: unknown } | { ok: false; detail: string };

/** Brings a body from `version` to the current one, one step at a time. Never throws. */
export function migrateBody(
  body: unknown,
  version: number,
  migrations: Readonly<Record<number, SessionMigration>> = SESSION_MIGRATIONS,
): Migrated {
  let current = body;
  for (let v = version; v < SESSION_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) return { ok: false, detail: `no migration from version ${v}` };
    try {
      current = step(current);
    } catch (e) {
      return { ok: false, detail: `migration from version ${v}: ${String(e)}` };
    }
  }
  return { ok: true, body: current };
}
