import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../model/types';
import {
  EMPTY_LEDGER,
  LEDGER_CHUNK,
  ledgerAppend,
  ledgerAt,
  ledgerEntries,
  ledgerForHost,
  ledgerFromEntries,
  ledgerLast,
  ledgerSize,
  ledgerSlice,
} from './ledger';

function entry(seq: number, host = `h${seq % 3}`): LedgerEntry {
  return {
    seq,
    time: seq * 1000,
    host,
    user: 'aluno',
    command: 'cmd',
    resource: 'r',
    before: null,
    after: 'x',
  };
}

function build(n: number) {
  let ledger = EMPTY_LEDGER;
  const flat: LedgerEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const e = entry(i);
    ledger = ledgerAppend(ledger, e);
    flat.push(e);
  }
  return { ledger, flat };
}

describe('ledger', () => {
  it('appends without touching the previous ledger', () => {
    const a = ledgerAppend(EMPTY_LEDGER, entry(1));
    const b = ledgerAppend(a, entry(2));
    expect(ledgerSize(EMPTY_LEDGER)).toBe(0);
    expect(ledgerEntries(a).map((e) => e.seq)).toEqual([1]);
    expect(ledgerEntries(b).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('shares full chunks between versions', () => {
    const { ledger } = build(LEDGER_CHUNK * 2 + 5);
    const next = ledgerAppend(ledger, entry(999));
    expect(next.chunks[0]).toBe(ledger.chunks[0]);
    expect(next.chunks[1]).toBe(ledger.chunks[1]);
    expect(next.chunks[2]).not.toBe(ledger.chunks[2]);
    expect(ledger.chunks[2]).toHaveLength(5);
  });

  it('has one canonical layout, the one ledgerFromEntries builds', () => {
    const { ledger, flat } = build(LEDGER_CHUNK * 3);
    expect(ledgerFromEntries(flat)).toEqual(ledger);
    expect(ledgerFromEntries([])).toEqual(EMPTY_LEDGER);
    expect(ledgerAppend(ledger, entry(0)).chunks).toHaveLength(4);
  });

  it('answers slices, last-n, per-host and index queries like an array would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LEDGER_CHUNK * 4 }),
        fc.integer({ min: -600, max: 600 }),
        fc.integer({ min: -600, max: 600 }),
        fc.integer({ min: -5, max: 600 }),
        (n, from, to, k) => {
          const { ledger, flat } = build(n);
          expect(ledgerSize(ledger)).toBe(flat.length);
          expect(ledgerEntries(ledger)).toEqual(flat);
          expect(ledgerSlice(ledger, from, to)).toEqual(flat.slice(from, to));
          expect(ledgerSlice(ledger, from)).toEqual(flat.slice(from));
          expect(ledgerLast(ledger, k)).toEqual(k <= 0 ? [] : flat.slice(-k));
          expect(ledgerForHost(ledger, 'h1')).toEqual(flat.filter((e) => e.host === 'h1'));
          expect(ledgerAt(ledger, k)).toBe(flat[k]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('costs memory linear in the number of versions kept, not quadratic', () => {
    // Each version copies the chunk index (size/LEDGER_CHUNK refs) and one open chunk (≤ LEDGER_CHUNK refs).
    const versions = [EMPTY_LEDGER];
    for (let i = 1; i <= 5000; i++) versions.push(ledgerAppend(versions[i - 1] ?? EMPTY_LEDGER, entry(i)));
    const chunkArrays = new Set(versions.flatMap((v) => v.chunks));
    const refs = [...chunkArrays].reduce((sum, c) => sum + c.length, 0);
    expect(refs).toBeLessThan(5000 * LEDGER_CHUNK);
    expect(refs).toBeLessThan((5000 * 5001) / 2 / 10);
  });
});
