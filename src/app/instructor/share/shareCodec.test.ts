import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { hasControlChars, missionDoc, SAMPLE_SCENARIO, type ScenarioDoc } from '../../../content/authored';
import { MISSIONS } from '../../../content/missions/registry';
import {
  decodeShare,
  encodeShare,
  SHARE_MAX_ENCODED,
  shareFromHash,
  sharePayload,
  shareUrl,
} from './shareCodec';

/** Any valid scenario: unique hostnames and addresses, a bastion first, titles of any printable text. */
const printable = fc
  .string({ minLength: 1, maxLength: 60, unit: 'grapheme' })
  .filter((s) => s.trim().length > 0 && !hasControlChars(s));
const scenarioArb: fc.Arbitrary<ScenarioDoc> = fc
  .record({
    n: fc.integer({ min: 0, max: 30 }),
    roles: fc.array(fc.constantFrom('lb', 'web', 'db' as const), { minLength: 30, maxLength: 30 }),
    envs: fc.array(fc.constantFrom('prod', 'staging', 'qa'), { minLength: 30, maxLength: 30 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    pt: printable,
    en: printable,
  })
  .map(({ n, roles, envs, seed, pt, en }) => ({
    ...SAMPLE_SCENARIO,
    seed,
    title: { 'pt-BR': pt.trim(), en: en.trim() },
    servers: [
      { hostname: 'bastion', env: 'mgmt', role: 'bastion' as const, ip: '10.0.0.10' },
      ...Array.from({ length: n }, (_, i) => ({
        hostname: `h${i}`,
        env: envs[i] ?? 'prod',
        role: roles[i] ?? 'web',
        ip: `10.1.${Math.floor(i / 200)}.${(i % 200) + 1}`,
      })),
    ],
    events: [],
  }));

describe('share link codec', () => {
  it('round-trips any valid scenario exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const encoded = encodeShare(sharePayload({ scenario }));
        expect(encoded.ok).toBe(true);
        if (!encoded.ok) return;
        const decoded = decodeShare(encoded.encoded);
        expect(decoded).toEqual({ ok: true, value: sharePayload({ scenario }) });
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips every mission the lab ships, each under the size limit', () => {
    for (const mission of MISSIONS) {
      const payload = sharePayload({ mission: missionDoc(mission) });
      const encoded = encodeShare(payload);
      expect(encoded.ok, mission.id).toBe(true);
      if (encoded.ok) expect(decodeShare(encoded.encoded)).toEqual({ ok: true, value: payload });
    }
  });

  it('never throws on any string and names what is wrong with a code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (input) => {
        const decoded = decodeShare(input);
        if (!decoded.ok) expect(decoded.error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON packed as a link', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const decoded = decodeShare(compressToEncodedURIComponent(JSON.stringify(value)));
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to make a link past the size limit, and says how large it would be', () => {
    const first = MISSIONS[0];
    if (!first) throw new Error('the lab ships missions');
    // Text that does not compress: letters from a fixed linear congruential sequence.
    let x = 7;
    const noise = (n: number) =>
      Array.from({ length: n }, () => {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(97 + (x % 26));
      }).join('');
    const hints = Array.from({ length: 8 }, () => ({ 'pt-BR': noise(4000), en: noise(4000) }));
    const encoded = encodeShare(sharePayload({ mission: missionDoc({ ...first, hints }) }));
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.size).toBeGreaterThan(SHARE_MAX_ENCODED);
    expect(decodeShare('A'.repeat(SHARE_MAX_ENCODED + 1))).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    });
  });

  it('finds the payload in the hash and builds the link', () => {
    expect(shareFromHash('#share=abc')).toBe('abc');
    expect(shareFromHash('#mission/patch-cve')).toBeNull();
    expect(shareUrl({ origin: 'https://x.test', pathname: '/lab/', search: '' }, 'abc')).toBe(
      'https://x.test/lab/#share=abc',
    );
  });
});
