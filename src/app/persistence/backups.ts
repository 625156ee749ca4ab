import { BACKUP_PREFIX, MAX_BACKUPS } from './format';

/** The part of the Web Storage API the session uses; tests hand in their own. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type WriteOutcome = { ok: true } | { ok: false; quota: boolean; error: string };

/** Whether a failed `setItem` was the origin's storage quota (each browser names it differently). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

export function readKey(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** `setItem` that reports instead of throwing (full quota, storage disabled by the browser). */
export function writeKey(storage: KeyValueStorage | null, key: string, value: string): WriteOutcome {
  if (!storage) return { ok: false, quota: false, error: 'no storage' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (e) {
    return { ok: false, quota: isQuotaError(e), error: String(e) };
  }
}

export function removeKey(storage: KeyValueStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Removing cannot fail for quota; a disabled storage has nothing to remove.
  }
}

/** The backup keys present, oldest first (their suffix is an ISO time, which sorts as text). */
export function backupKeys(storage: KeyValueStorage | null): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys.sort();
}

/**
 * Keeps `raw` under a new backup key, removing the oldest backups so at most `MAX_BACKUPS` remain (and, when
 * the quota is the problem, as many older ones as it takes). Returns the key, or null when it could not be
 * stored: the caller must then leave the original where it is.
 */
export function keepBackup(storage: KeyValueStorage | null, raw: string, now: Date): string | null {
  const existing = backupKeys(storage);
  let key = `${BACKUP_PREFIX}${now.toISOString()}`;
  for (let n = 2; existing.includes(key); n++) key = `${BACKUP_PREFIX}${now.toISOString()}-${n}`;
  while (existing.length >= MAX_BACKUPS) removeKey(storage, existing.shift() as string);
  for (;;) {
    const outcome = writeKey(storage, key, raw);
    if (outcome.ok) return key;
    const oldest = existing.shift();
    if (!outcome.quota || oldest === undefined) return null;
    removeKey(storage, oldest);
  }
}
