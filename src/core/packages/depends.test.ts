import { describe, expect, it } from 'vitest';
import {
  aptOperator,
  formatDepends,
  parseAlternative,
  parseClause,
  parseDepends,
  satisfies,
  satisfiesConstraint,
} from './depends';

describe('parseDepends / formatDepends', () => {
  it('parses versioned, unversioned and OR-grouped relations', () => {
    expect(parseDepends('libssl3 (>= 3.0.11), nginx-core (<< 1.22.1-9.1~) | nginx-full, adduser')).toEqual([
      [{ name: 'libssl3', constraint: { op: '>=', version: '3.0.11' } }],
      [{ name: 'nginx-core', constraint: { op: '<<', version: '1.22.1-9.1~' } }, { name: 'nginx-full' }],
      [{ name: 'adduser' }],
    ]);
    expect(parseDepends('')).toEqual([]);
  });

  it('round-trips through formatDepends', () => {
    const text = 'libc6 (>= 2.34), cron | anacron | cron-daemon, zlib1g (>= 1:1.1.4)';
    const parsed = parseDepends(text);
    expect(parsed && formatDepends(parsed)).toBe(text);
  });

  it.each(['libssl3 (>= )', 'libssl3 (~ 1.0)', 'Libssl3', 'a', 'libssl3 (>= 1.0', 'x, , y', 'foo |'])(
    'rejects %j',
    (text) => {
      expect(parseDepends(text)).toBeUndefined();
    },
  );

  it('parseAlternative and parseClause reject junk', () => {
    expect(parseAlternative('libssl3 (>= 3.0.0)')).toEqual({
      name: 'libssl3',
      constraint: { op: '>=', version: '3.0.0' },
    });
    expect(parseAlternative('(>= 1)')).toBeUndefined();
    expect(parseClause('')).toBeUndefined();
  });
});

describe('satisfies', () => {
  it.each([
    ['3.0.13-1~deb12u1', '>= 3.0.11', true],
    ['3.0.11-1~deb12u2', '>= 3.0.11', true],
    ['3.0.11-1~deb12u2', '>= 3.0.11-1', false],
    ['3.0.11-1~deb12u2', '>= 3.0.11-1~', true],
    ['1.22.1-9+deb12u2', '<< 1.22.1-9.1~', true],
    ['1.22.1-9.1', '<< 1.22.1-9.1~', false],
    ['3.11.2-1+b1', '>= 3.12', false],
    ['3.12.4-1~lab1', '>= 3.12', true],
    ['1.0', '= 1.0-0', true],
    ['2.0', '>> 2.0', false],
    ['2.0', '<= 2.0', true],
    ['2.0', 'garbage', false],
  ] as const)('%s %s → %s', (version, constraint, expected) => {
    expect(satisfies(version, constraint)).toBe(expected);
  });

  it('no constraint is always satisfied', () => {
    expect(satisfiesConstraint('0', undefined)).toBe(true);
  });

  it('apt prints << and >> as < and >', () => {
    expect(['<<', '<=', '=', '>=', '>>'].map((op) => aptOperator(op as '<<'))).toEqual([
      '<',
      '<=',
      '=',
      '>=',
      '>',
    ]);
  });
});
