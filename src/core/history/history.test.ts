import { describe, expect, it } from 'vitest';
import type { World } from '../model/types';
import { startService, stopService } from '../ops/services';
import { frotaWorld } from '../scenarios';
import { tick } from '../world/update';
import {
  canRedo,
  canUndo,
  canUndoChange,
  commit,
  createHistory,
  jumpTo,
  present,
  redo,
  redoChange,
  restoreTo,
  timeline,
  undo,
  undoChange,
} from './history';

const NOW = Date.UTC(2026, 10, 29, 9);
const actor = { user: 'aluno', command: 'sudo systemctl stop nginx' };

function toggled(world: World, host: string, on: boolean): World {
  return (on ? startService : stopService)(world, host, 'nginx', actor).world;
}

describe('history', () => {
  const w0 = frotaWorld({ seed: 1, now: NOW });
  const w1 = toggled(w0, 'web-01', false);
  const w2 = toggled(w1, 'web-02', false);
  const w3 = toggled(w2, 'web-01', true);

  it('undoes and redoes by identity', () => {
    let h = commit(commit(commit(createHistory(w0), w1, 'a'), w2, 'b'), w3, 'c');
    expect(present(h)).toBe(w3);
    h = undo(undo(h));
    expect(present(h)).toBe(w1);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(present(h)).toBe(w2);
    expect(present(undo(undo(undo(undo(h)))))).toBe(w0);
    expect(canUndo(undo(undo(h)))).toBe(false);
    expect(redo(redo(redo(h)))).toEqual(redo(h));
  });

  it('undoes a change past the read-only commands after it, and redoes it', () => {
    // start, a change, two commands that only moved the clock, another change, one more read.
    const r1 = tick(w1, 2000);
    const r2 = tick(r1, 2000);
    const w4 = toggled(r2, 'web-02', false);
    const r3 = tick(w4, 2000);
    let h = createHistory(w0);
    for (const [w, label] of [
      [w1, 'stop'],
      [r1, 'ls'],
      [r2, 'cat'],
      [w4, 'stop 2'],
      [r3, 'drift'],
    ] as const)
      h = commit(h, w, label);
    h = undoChange(h);
    expect(present(h)).toBe(r2);
    h = undoChange(h);
    expect(present(h)).toBe(w0);
    expect(canUndoChange(h)).toBe(false);
    expect(undoChange(h)).toBe(h);
    h = redoChange(h);
    expect(present(h)).toBe(w1);
    h = redoChange(h);
    expect(present(h)).toBe(w4);
    expect(redoChange(h)).toBe(h);
  });

  it('has no change to undo when only the clock moved', () => {
    const h = commit(commit(createHistory(w0), tick(w0, 2000), 'ls'), tick(tick(w0, 2000), 2000), 'pwd');
    expect(canUndoChange(h)).toBe(false);
    expect(canUndo(h)).toBe(true);
  });

  it('drops the redo future on commit', () => {
    const h = commit(undo(commit(commit(createHistory(w0), w1, 'a'), w2, 'b')), w3, 'c');
    expect(h.steps.map((s) => s.world)).toEqual([w0, w1, w3]);
    expect(canRedo(h)).toBe(false);
  });

  it('ignores a commit that changed nothing', () => {
    const h = commit(createHistory(w0), w1, 'a');
    expect(commit(h, w1, 'again')).toBe(h);
  });

  it('views any step read-only and restores one, dropping the future', () => {
    const h = commit(commit(commit(createHistory(w0), w1, 'a'), w2, 'b'), w3, 'c');
    expect(jumpTo(h, 1)).toBe(w1);
    expect(jumpTo(h, 9)).toBeUndefined();
    expect(jumpTo(h, 0.5)).toBeUndefined();
    expect(present(h)).toBe(w3);
    const restored = restoreTo(h, 1);
    expect(present(restored)).toBe(w1);
    expect(canRedo(restored)).toBe(false);
    expect(restoreTo(h, -1)).toBe(h);
    expect(timeline(restored)).toEqual([
      { index: 0, label: 'start', current: false },
      { index: 1, label: 'a', current: true },
    ]);
  });

  it('keeps at most maxDepth undo steps, dropping the oldest', () => {
    let h = createHistory(w0, 'start', 3);
    let world = w0;
    for (let i = 0; i < 10; i++) {
      world = toggled(world, 'web-01', i % 2 === 1);
      h = commit(h, world, `step ${i}`);
    }
    expect(h.steps.map((s) => s.label)).toEqual(['step 6', 'step 7', 'step 8', 'step 9']);
    expect(present(undo(undo(undo(undo(h)))))).toBe(h.steps[0]?.world);
  });

  it('shares every untouched server between snapshots', () => {
    expect(w1.servers['web-02']).toBe(w0.servers['web-02']);
    expect(w1.servers['web-01']).not.toBe(w0.servers['web-01']);
    expect(w1.servers['web-01']?.fs).toBe(w0.servers['web-01']?.fs);
  });
});
