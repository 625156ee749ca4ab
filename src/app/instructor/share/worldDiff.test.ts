import { describe, expect, it } from 'vitest';
import { LAB_START } from '../../../content/scenarios';
import { frotaWorld, serializeWorld } from '../../../core';
import { afterCommands } from '../../store/testkit';
import { decodeShare, encodeShare, sharePayload } from './shareCodec';
import { applyWorldDiff, worldDiff } from './worldDiff';
import { worldPartFor } from './worldPart';

const base = frotaWorld({ seed: 1, now: LAB_START });

describe('world diffs for share links', () => {
  it('rebuild exactly the world a session left', () => {
    const world = afterCommands(
      base,
      'ssh web-01',
      'sudo sed -i "s/timeout = 30/timeout = 99/" /etc/loja/loja.ini',
      'sudo systemctl restart loja',
      'exit',
    );
    const ops = worldDiff(base, world);
    const rebuilt = applyWorldDiff(base, ops);
    expect(rebuilt.ok).toBe(true);
    if (rebuilt.ok) expect(serializeWorld(rebuilt.world)).toBe(serializeWorld(world));
    expect(JSON.stringify(ops).length).toBeLessThan(serializeWorld(world).length / 20);
  });

  it('refuse changes that do not fit, or that break the schema, without throwing', () => {
    expect(applyWorldDiff(base, [['s', ['nowhere', 'deeper', 'x'], 1]]).ok).toBe(false);
    expect(applyWorldDiff(base, [['a', ['now'], [1]]]).ok).toBe(false);
    expect(applyWorldDiff(base, [['s', ['servers', 'web-01', 'disk', 'usedMb'], 'lots']]).ok).toBe(false);
    expect(applyWorldDiff(base, [['d', ['servers']]]).ok).toBe(false);
    const polluting = applyWorldDiff(base, [['s', ['__proto__', 'polluted'], true]]);
    expect(!polluting.ok && polluting.error.code).toBe('FORBIDDEN_KEY');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a link with the current world', () => {
  it('opens as exactly the world that was shared, well under the size limit', () => {
    const world = afterCommands(base, 'ssh db-01', 'sudo systemctl stop postgresql', 'exit');
    const part = worldPartFor(world, undefined);
    expect(part?.builtin).toBe('frota');
    if (!part) return;
    const encoded = encodeShare(sharePayload({ world: part }));
    expect(encoded.ok && encoded.encoded.length).toBeLessThan(8000);
    if (!encoded.ok) return;
    const opened = decodeShare(encoded.encoded);
    expect(opened.ok).toBe(true);
    if (opened.ok && opened.value.builtWorld)
      expect(serializeWorld(opened.value.builtWorld)).toBe(serializeWorld(world));
  });

  it('is refused when a change names a prototype key', () => {
    const encoded = encodeShare(
      sharePayload({ world: { builtin: 'frota', seed: 1, ops: [['s', ['__proto__', 'x'], 1]] } }),
    );
    const opened = encoded.ok ? decodeShare(encoded.encoded) : null;
    expect(opened?.ok === false && opened.error.code).toBe('FORBIDDEN_KEY');
  });
});
