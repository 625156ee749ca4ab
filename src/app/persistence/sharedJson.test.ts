import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { frotaWorld, serializeWorld } from '../../core';
import { afterCommands } from '../store/testkit';
import { serializeWorldShared, stringifyShared } from './sharedJson';

const world = frotaWorld({ seed: 3, now: Date.UTC(2026, 10, 29, 9) });

describe('serializeWorldShared', () => {
  it('writes exactly the core serializeWorld text, before and after commands', () => {
    const cache = new WeakMap<object, string>();
    expect(serializeWorldShared(world, cache)).toBe(serializeWorld(world));
    const changed = afterCommands(
      world,
      'ssh web-01',
      'sudo systemctl stop nginx',
      'echo x | sudo tee /etc/motd',
    );
    expect(serializeWorldShared(changed, cache)).toBe(serializeWorld(changed));
  });

  it('reuses the text of unchanged servers', () => {
    const cache = new WeakMap<object, string>();
    serializeWorldShared(world, cache);
    const changed = afterCommands(world, 'ssh web-01', 'sudo systemctl stop nginx');
    expect(changed.servers['db-01']).toBe(world.servers['db-01']);
    expect(cache.get(changed.servers['db-01'] as object)).toBeDefined();
    expect(cache.get(changed.servers['web-01'] as object)).toBeUndefined();
  });
});

describe('stringifyShared', () => {
  test.prop([fc.jsonValue(), fc.integer({ min: 0, max: 6 })])(
    'equals JSON.stringify for JSON values',
    (v, depth) => {
      expect(stringifyShared(v, new WeakMap(), depth)).toBe(JSON.stringify(v));
    },
  );

  it('skips undefined properties and writes undefined array items as null, like JSON.stringify', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect(stringifyShared(value, new WeakMap(), 3)).toBe(JSON.stringify(value));
  });
});
