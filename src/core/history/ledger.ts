import type { Ledger, LedgerEntry } from '../model/types';

/**
 * The ledger as an immutable chunked list. Undo keeps every world, and so every ledger, alive: a plain
 * array copied on each change would cost O(n²) memory over n changes. Here a full chunk is never touched
 * again, so all ledgers share it; appending copies at most one chunk plus the array of chunk references.
 */

/** Entries per chunk: small enough that copying the open chunk is cheap, large enough to keep the index short. */
export const LEDGER_CHUNK = 128;

export const EMPTY_LEDGER: Ledger = { size: 0, chunks: [] };

export function ledgerSize(ledger: Ledger): number {
  return ledger.size;
}

/** A new ledger with `entry` at the end; `ledger` is unchanged and shares its full chunks with the result. */
export function ledgerAppend(ledger: Ledger, entry: LedgerEntry): Ledger {
  const { chunks } = ledger;
  const last = chunks[chunks.length - 1];
  if (!last || last.length >= LEDGER_CHUNK) return { size: ledger.size + 1, chunks: [...chunks, [entry]] };
  const next = chunks.slice();
  next[next.length - 1] = [...last, entry];
  return { size: ledger.size + 1, chunks: next };
}

/** Builds the canonical chunked layout of `entries` (what parsing a saved flat array does). */
export function ledgerFromEntries(entries: readonly LedgerEntry[]): Ledger {
  const chunks: LedgerEntry[][] = [];
  for (let i = 0; i < entries.length; i += LEDGER_CHUNK) chunks.push(entries.slice(i, i + LEDGER_CHUNK));
  return { size: entries.length, chunks };
}

/** The entry at `index` (0-based), or undefined. */
export function ledgerAt(ledger: Ledger, index: number): LedgerEntry | undefined {
  if (index < 0 || index >= ledger.size) return undefined;
  return ledger.chunks[Math.floor(index / LEDGER_CHUNK)]?.[index % LEDGER_CHUNK];
}

/** Entries `from` (inclusive) to `to` (exclusive), with negative and missing bounds read as `Array.slice`. */
export function ledgerSlice(ledger: Ledger, from = 0, to = ledger.size): LedgerEntry[] {
  const clamp = (i: number) => Math.max(0, Math.min(ledger.size, i < 0 ? ledger.size + i : i));
  const start = clamp(from);
  const end = clamp(to);
  const out: LedgerEntry[] = [];
  for (let c = Math.floor(start / LEDGER_CHUNK); c * LEDGER_CHUNK < end; c++) {
    const chunk = ledger.chunks[c] ?? [];
    const base = c * LEDGER_CHUNK;
    out.push(...chunk.slice(Math.max(0, start - base), end - base));
  }
  return out;
}

/** Every entry, oldest first, as a fresh flat array. */
export function ledgerEntries(ledger: Ledger): LedgerEntry[] {
  return ledgerSlice(ledger);
}

/** The newest `n` entries, oldest first. */
export function ledgerLast(ledger: Ledger, n: number): LedgerEntry[] {
  return n <= 0 ? [] : ledgerSlice(ledger, Math.max(0, ledger.size - n));
}

/** Entries recorded on one host, oldest first. */
export function ledgerForHost(ledger: Ledger, host: string): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (const chunk of ledger.chunks) for (const entry of chunk) if (entry.host === host) out.push(entry);
  return out;
}
