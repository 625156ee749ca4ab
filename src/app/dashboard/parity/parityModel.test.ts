import { describe, expect, it } from 'vitest';
import { frotaWorld, type ParityCell } from '../../../core';
import { afterCommands } from '../../store/testkit';
import {
  cellMark,
  filterChoices,
  NO_FILTERS,
  parityFor,
  parityOptions,
  visibleColumns,
  visibleRows,
} from './parityModel';

const cell = (over: Partial<ParityCell>): ParityCell => ({
  value: 'a',
  desired: 'a',
  differsFromDesired: false,
  differsFromPeers: false,
  ...over,
});

describe('parity model', () => {
  it('marks cells by what they differ from', () => {
    expect(cellMark(cell({}))).toBe('same');
    expect(cellMark(cell({ differsFromDesired: true }))).toBe('desired');
    expect(cellMark(cell({ differsFromPeers: true }))).toBe('peers');
    expect(cellMark(cell({ differsFromDesired: true, differsFromPeers: true }))).toBe('both');
    expect(cellMark(undefined)).toBe('same');
  });

  it('turns filters into the engine’s options', () => {
    expect(parityOptions(NO_FILTERS)).toEqual({});
    expect(parityOptions({ ...NO_FILTERS, env: 'prod', role: 'web', kind: 'app' })).toEqual({
      env: 'prod',
      role: 'web',
      kind: 'app',
    });
  });

  it('keeps one matrix per world and filter', () => {
    const world = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
    const filters = { ...NO_FILTERS, role: 'web' as const };
    expect(parityFor(world, filters)).toBe(parityFor(world, { ...filters }));
    expect(parityFor(world, filters).columns.every((c) => c.role === 'web')).toBe(true);
  });

  it('shows only rows and servers that differ when asked', () => {
    const world = afterCommands(
      frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }),
      'ssh web-02',
      'sudo chmod 666 /etc/nginx/nginx.conf',
      'sudo cp /etc/hostname /etc/loja/loja.ini',
    );
    const filters = {
      ...NO_FILTERS,
      role: 'web' as const,
      differencesOnly: true,
      differingServersOnly: true,
    };
    const matrix = parityFor(world, filters);
    const rows = visibleRows(matrix, filters);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(matrix.rows.length);
    expect(rows.map((r) => r.resource)).toContain('loja.ini:server.bind');
    expect(visibleColumns(matrix, rows, filters).map((c) => c.host)).toEqual(['web-02']);
    expect(cellMark(rows.find((r) => r.resource === 'loja.ini:server.bind')?.cells['web-02'])).not.toBe(
      'same',
    );
  });

  it('offers the environments and roles of the world', () => {
    const world = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
    expect(filterChoices(world)).toEqual({
      envs: ['mgmt', 'prod', 'staging'],
      roles: ['bastion', 'lb', 'web', 'db'],
    });
  });
});
