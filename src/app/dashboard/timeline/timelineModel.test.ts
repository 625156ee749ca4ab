import { describe, expect, it } from 'vitest';
import { commit, createHistory, frotaWorld, type World } from '../../../core';
import { stepChanges, stepLabel } from './timelineModel';

describe('timeline model', () => {
  it('labels steps (the first is the scenario start) and says which servers each changed', () => {
    const world = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
    const web = world.servers['web-02'];
    if (!web) throw new Error('fixture');
    const next: World = { ...world, servers: { ...world.servers, 'web-02': { ...web, reachable: false } } };
    const history = commit(createHistory(world, 'frota'), next, 'chaos');
    expect(stepLabel(history, 0)).toBeNull();
    expect(stepLabel(history, 1)).toBe('chaos');
    expect(stepChanges(history, 0)).toEqual([]);
    expect(stepChanges(history, 1)).toEqual(['web-02']);
  });
});
