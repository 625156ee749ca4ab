import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileNode, World } from '../model/types';
import { stopService } from '../ops/services';
import { frotaGrandeWorld, frotaWorld } from '../scenarios';
import { LIMITS } from './limits';
import { parseWorld, validateWorld } from './parse';
import { serializeWorld, WORLD_FORMAT } from './serialize';

const NOW = Date.UTC(2026, 10, 29, 9);
const frota = frotaWorld({ seed: 7, now: NOW });

/** A saved document of `frota`, edited by `change` before it is written out. */
function tampered(
  change: (doc: { format: string; version: number; world: Record<string, unknown> }) => void,
) {
  const doc = JSON.parse(serializeWorld(frota));
  change(doc);
  return JSON.stringify(doc);
}

function errorOf(text: unknown) {
  const result = parseWorld(text);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('serializeWorld / parseWorld', () => {
  it('round-trips frota, frota-grande and a world with a ledger losslessly', () => {
    const stopped = stopService(frota, 'web-02', 'nginx', {
      user: 'aluno',
      command: 'systemctl stop nginx',
    }).world;
    for (const world of [frota, frotaGrandeWorld(60, { seed: 2, now: NOW }), stopped]) {
      const text = serializeWorld(world);
      expect(JSON.parse(text)).toMatchObject({ format: WORLD_FORMAT, version: 1 });
      expect(parseWorld(text)).toEqual({ ok: true, world });
    }
    expect(JSON.parse(serializeWorld(stopped)).world.ledger).toHaveLength(1);
  });

  it('validates the worlds the engine builds', () => {
    expect(validateWorld(frota)).toEqual({ ok: true });
    expect(validateWorld({ ...frota, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_WORLD' },
    });
  });

  it('rejects what is not a saved world, with a code', () => {
    expect(errorOf(42).code).toBe('NOT_TEXT');
    expect(errorOf('{"format": ').code).toBe('NOT_JSON');
    expect(errorOf('[]').code).toBe('WRONG_FORMAT');
    expect(errorOf('{"format":"other","version":1,"world":{}}')).toMatchObject({
      code: 'WRONG_FORMAT',
      path: ['format'],
    });
    expect(errorOf(tampered((d) => Object.assign(d, { extra: true }))).path).toEqual(['extra']);
    for (const version of [2, 1.5, '1', -1, null])
      expect(errorOf(tampered((d) => Object.assign(d, { version }))).code).toBe('WRONG_VERSION');
    expect(parseWorld(serializeWorld(frota), { maxChars: 100 })).toMatchObject({
      error: { code: 'TOO_LARGE' },
    });
  });

  it('reports schema errors with their path', () => {
    const badMode = tampered((d) => {
      const fs = (d.world.servers as Record<string, World['servers'][string]>)['web-01']?.fs;
      Object.assign(fs?.['/etc/hosts'] ?? {}, { mode: 'rw-r--r--' });
    });
    expect(errorOf(badMode)).toMatchObject({
      code: 'INVALID_WORLD',
      path: ['world', 'servers', 'web-01', 'fs', '/etc/hosts', 'mode'],
    });
    const unknownKey = tampered((d) => Object.assign(d.world, { x: 1 }));
    expect(errorOf(unknownKey)).toMatchObject({ code: 'INVALID_WORLD', path: ['world'] });
    const serverKey = tampered((d) => {
      const servers = d.world.servers as Record<string, { uptime?: number }>;
      if (servers['db-01']) servers['db-01'].uptime = 3;
    });
    expect(errorOf(serverKey).path).toEqual(['world', 'servers', 'db-01']);
  });

  it('bounds sizes: file content, server count', () => {
    const huge = tampered((d) => {
      const fs = (d.world.servers as Record<string, World['servers'][string]>).bastion?.fs;
      if (fs) fs['/var/log/huge'] = { ...file(), content: 'x'.repeat(LIMITS.fileChars + 1) };
    });
    expect(errorOf(huge).path).toEqual(['world', 'servers', 'bastion', 'fs', '/var/log/huge', 'content']);
    const many = tampered((d) => {
      d.world.order = Array.from({ length: LIMITS.servers + 1 }, (_, i) => `h${i}`);
    });
    expect(errorOf(many).path).toEqual(['world', 'order']);
  });

  it('checks that names agree across fields', () => {
    const renamed = tampered((d) => {
      const servers = d.world.servers as Record<string, { hostname: string }>;
      if (servers['web-03']) servers['web-03'].hostname = 'web-99';
    });
    expect(errorOf(renamed).path).toEqual(['world', 'servers', 'web-03', 'hostname']);
    const ghost = tampered((d) => (d.world.order as string[]).push('ghost'));
    expect(errorOf(ghost).path).toEqual(['world', 'order', 8]);
    const events = tampered((d) => {
      const e = { id: 'a', at: 2, kind: 'unreachable', host: 'web-01', params: {} };
      d.world.events = [e, { ...e, id: 'b', at: 1 }];
    });
    expect(errorOf(events).path).toEqual(['world', 'events', 1, 'at']);
  });

  it('refuses keys that would pollute prototypes, and pollutes nothing', () => {
    const text = serializeWorld(frota).replace('"servers":{', '"servers":{"__proto__":{"polluted":true},');
    expect(errorOf(text)).toMatchObject({ code: 'FORBIDDEN_KEY', path: ['world', 'servers', '__proto__'] });
    const ctor = serializeWorld(frota).replace('"envVars":{', '"envVars":{"constructor":{},');
    expect(errorOf(ctor)).toMatchObject({ code: 'FORBIDDEN_KEY', path: ['world', 'envVars', 'constructor'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = `{"format":"driftlab-world","version":1,"world":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(errorOf(deep).code).toBe('TOO_DEEP');
  });

  it('never throws, whatever the text', () => {
    const saved = serializeWorld(frota);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue().map((world) => JSON.stringify({ format: WORLD_FORMAT, version: 1, world })),
          fc.nat(saved.length).map((n) => saved.slice(0, n)),
          fc
            .tuple(fc.nat(saved.length), fc.string({ maxLength: 3 }))
            .map(([at, s]) => saved.slice(0, at) + s + saved.slice(at + 1)),
        ),
        (text) => {
          const result = parseWorld(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

function file(): FileNode {
  return { kind: 'file', content: '', owner: 'root', group: 'root', mode: 0o644, mtime: NOW };
}
