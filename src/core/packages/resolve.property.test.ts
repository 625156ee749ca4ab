import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { satisfiesConstraint } from './depends';
import { BASE_12_5 } from './fixtures/installed';
import { getPackage, getVersion, packageNames, versionsOf } from './repository';
import { type InstallRequest, type ResolveSuccess, resolveInstall, resolveUpgrade } from './resolve';
import { ALL_SOURCES, DEFAULT_SOURCES } from './sources';
import type { Installed, RepoOptions, SourceId } from './types';
import { compareVersions } from './version';

const EXTRA: SourceId[] = ALL_SOURCES.filter((s) => !DEFAULT_SOURCES.includes(s));
const NAMES = [...packageNames(), 'httpd', 'cron-daemon', 'no-such-package'];

const optsArb: fc.Arbitrary<RepoOptions> = fc
  .record({
    extra: fc.subarray(EXTRA),
    holds: fc.subarray(['nginx', 'openssl', 'libssl3', 'python3', 'linux-image-amd64', 'nginx-common']),
  })
  .map(({ extra, holds }) => ({ sources: [...DEFAULT_SOURCES, ...extra], holds }));

const requestArb: fc.Arbitrary<InstallRequest> = fc
  .tuple(fc.constantFrom(...NAMES), fc.nat(6), fc.boolean())
  .map(([name, i, withVersion]) => {
    if (!withVersion) return { name };
    const all = getPackage(name)?.versions.map((v) => v.version) ?? [];
    return { name, version: all[i % Math.max(all.length, 1)] ?? '9.9' };
  });

function apply(installed: Installed, r: ResolveSuccess): Record<string, string> {
  const out: Record<string, string> = { ...installed };
  for (const a of r.actions) out[a.name] = a.to;
  for (const rm of r.removals) delete out[rm.name];
  return out;
}

/** Every Depends of every installed package holds, and no Conflicts is violated. */
function problems(state: Installed): string[] {
  const provided = new Set(Object.entries(state).flatMap(([n, v]) => getVersion(n, v)?.provides ?? []));
  const out: string[] = [];
  for (const [name, version] of Object.entries(state)) {
    const meta = getVersion(name, version);
    if (!meta) continue;
    for (const clause of meta.depends) {
      const ok = clause.some((alt) => {
        const v = state[alt.name];
        return v !== undefined
          ? satisfiesConstraint(v, alt.constraint)
          : !alt.constraint && provided.has(alt.name);
      });
      if (!ok) out.push(`${name} ${version} depends ${clause.map((a) => a.name).join('|')}`);
    }
    for (const c of meta.conflicts) {
      const v = state[c.name];
      if (c.name !== name && v !== undefined && satisfiesConstraint(v, c.constraint))
        out.push(`${name} conflicts ${c.name}`);
    }
  }
  return out;
}

/** A consistent starting server: the 12.5 base plus a few successful installs. */
const serverArb = fc.tuple(optsArb, fc.array(requestArb, { maxLength: 4 })).map(([opts, reqs]) => {
  let state: Installed = BASE_12_5;
  for (const req of reqs) {
    const r = resolveInstall(state, [req], opts);
    if (r.ok) state = apply(state, r);
  }
  return { opts, state };
});

describe('resolveInstall: properties (fast-check)', () => {
  it('the base fixture is consistent', () => {
    expect(problems(BASE_12_5)).toEqual([]);
  });

  it('never throws; on success every Depends holds and no Conflicts remains', () => {
    fc.assert(
      fc.property(
        serverArb,
        fc.array(requestArb, { minLength: 1, maxLength: 3 }),
        ({ opts, state }, reqs) => {
          expect(problems(state)).toEqual([]);
          const r = resolveInstall(state, reqs, opts);
          if (r.ok) expect(problems(apply(state, r))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never downgrades a package unless that exact version was requested', () => {
    fc.assert(
      fc.property(
        serverArb,
        fc.array(requestArb, { minLength: 1, maxLength: 3 }),
        ({ opts, state }, reqs) => {
          const r = resolveInstall(state, reqs, opts);
          if (!r.ok) return;
          for (const a of r.actions) {
            if (a.from === undefined || compareVersions(a.to, a.from) >= 0) continue;
            expect(
              reqs.some((q) => q.name === a.name && q.version === a.to),
              a.name,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('requested packages end at the requested version; dependencies at available versions', () => {
    fc.assert(
      fc.property(serverArb, requestArb, ({ opts, state }, req) => {
        const r = resolveInstall(state, [req], opts);
        if (!r.ok || r.notes.some((n) => n.code === 'N_SELECTING_INSTEAD')) return;
        const after = apply(state, r);
        if (req.version !== undefined) expect(after[req.name]).toBe(req.version);
        else expect(after[req.name]).toBeDefined();
        for (const a of r.actions) {
          if (a.reason === 'dependency') expect(versionsOf(a.name, opts)).toContain(a.to);
        }
        expect(r.removals.some((rm) => rm.name === req.name)).toBe(false);
        for (const rm of r.removals) expect(getPackage(rm.name)?.essential).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(serverArb, fc.array(requestArb, { maxLength: 3 }), ({ opts, state }, reqs) => {
        expect(resolveInstall(state, reqs, opts)).toEqual(resolveInstall(state, reqs, opts));
      }),
      { numRuns: 50 },
    );
  });
});

describe('resolveUpgrade: properties (fast-check)', () => {
  it('keeps the system consistent, respects holds and the rules of each mode', () => {
    fc.assert(
      fc.property(
        serverArb,
        fc.constantFrom('upgrade', 'upgrade-with-new', 'full-upgrade') as fc.Arbitrary<
          'upgrade' | 'upgrade-with-new' | 'full-upgrade'
        >,
        ({ opts, state }, mode) => {
          const r = resolveUpgrade(state, mode, opts);
          expect(problems(apply(state, r))).toEqual([]);
          for (const a of r.actions) {
            expect(opts.holds).not.toContain(a.name);
            if (a.from !== undefined) expect(compareVersions(a.to, a.from)).toBe(1);
            if (mode === 'upgrade') expect(a.from).toBeDefined();
          }
          if (mode !== 'full-upgrade') expect(r.removals).toEqual([]);
          for (const rm of r.removals) expect(opts.holds).not.toContain(rm.name);
        },
      ),
      { numRuns: 100 },
    );
  });
});
