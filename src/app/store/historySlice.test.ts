import { describe, expect, it } from 'vitest';
import { frotaWorld, timeline } from '../../core';
import { shownWorld } from './historySlice';
import { useAppStore } from './index';
import { viewOf } from './selectors';

const fresh = () =>
  useAppStore.getState().startWorld(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }), 'frota');

describe('history slice', () => {
  it('commits every command with its line as label', () => {
    fresh();
    const { runCommand } = useAppStore.getState();
    runCommand('ssh web-01');
    runCommand('sudo systemctl stop nginx');
    const state = useAppStore.getState();
    expect(timeline(state.history).map((s) => s.label)).toEqual([
      'frota',
      'ssh web-01',
      'sudo systemctl stop nginx',
    ]);
    expect(state.history.index).toBe(2);
    expect(state.history.steps[2]?.world).toBe(state.shell.world);
    expect(state.lastChange?.after).toBe(state.shell.world);
    expect(state.lastChange?.before).toBe(state.history.steps[1]?.world);
  });

  it('`undo` typed after a change and some reading undoes the change; `redo` brings it back', () => {
    fresh();
    const { runCommand } = useAppStore.getState();
    runCommand('ssh web-01');
    runCommand('sudo systemctl stop nginx');
    runCommand('systemctl status nginx');
    runCommand('exit');
    runCommand('drift');
    expect(viewOf(useAppStore.getState().shell.world, 'web-01')?.state).toBe('broken');
    runCommand('undo');
    let state = useAppStore.getState();
    expect(viewOf(state.shell.world, 'web-01')?.state).toBe('in-sync');
    // The learner stays where they typed it: on the bastion.
    expect(state.shell.stack.at(-1)?.host).toBe('bastion');
    runCommand('redo');
    state = useAppStore.getState();
    expect(viewOf(state.shell.world, 'web-01')?.state).toBe('broken');
  });

  it('views an earlier step read-only, then restores it', () => {
    fresh();
    const { runCommand } = useAppStore.getState();
    runCommand('ssh web-01');
    runCommand('sudo systemctl stop nginx');
    const now = useAppStore.getState().shell.world;
    expect(viewOf(now, 'web-01')?.state).toBe('broken');

    useAppStore.getState().viewStep(1);
    let state = useAppStore.getState();
    expect(state.viewing).toBe(1);
    expect(state.shell.world).toBe(now);
    expect(viewOf(shownWorld(state), 'web-01')?.state).toBe('in-sync');

    state.viewStep(state.history.index);
    expect(useAppStore.getState().viewing).toBeNull();

    state.viewStep(1);
    useAppStore.getState().restoreStep(1);
    state = useAppStore.getState();
    expect(state.viewing).toBeNull();
    expect(state.history.steps).toHaveLength(2);
    expect(viewOf(state.shell.world, 'web-01')?.state).toBe('in-sync');
    // The shell goes on from the restored world: the session is still on web-01.
    state.runCommand('sudo systemctl stop nginx');
    expect(viewOf(useAppStore.getState().shell.world, 'web-01')?.state).toBe('broken');
  });

  it('undoes and redoes, and a command after an undo drops the redo future', () => {
    fresh();
    const { runCommand } = useAppStore.getState();
    runCommand('ssh web-02');
    runCommand('sudo systemctl stop nginx');
    useAppStore.getState().undo();
    expect(viewOf(useAppStore.getState().shell.world, 'web-02')?.state).toBe('in-sync');
    expect(useAppStore.getState().lastChange?.after).toBe(useAppStore.getState().shell.world);
    useAppStore.getState().redo();
    expect(viewOf(useAppStore.getState().shell.world, 'web-02')?.state).toBe('broken');
    useAppStore.getState().undo();
    useAppStore.getState().runCommand('hostname');
    const state = useAppStore.getState();
    expect(timeline(state.history).map((s) => s.label)).toEqual(['frota', 'ssh web-02', 'hostname']);
  });

  it('a command while viewing the past goes back to now', () => {
    fresh();
    useAppStore.getState().runCommand('hostname');
    useAppStore.getState().viewStep(0);
    useAppStore.getState().runCommand('hostname');
    expect(useAppStore.getState().viewing).toBeNull();
  });

  it('ignores steps that do not exist', () => {
    fresh();
    useAppStore.getState().viewStep(7);
    expect(useAppStore.getState().viewing).toBeNull();
    useAppStore.getState().restoreStep(-1);
    expect(useAppStore.getState().history.steps).toHaveLength(1);
  });
});

describe('undo and redo typed in the terminal', () => {
  it('move the same history as the buttons and keep the session', () => {
    fresh();
    const { runCommand } = useAppStore.getState();
    runCommand('ssh web-02');
    runCommand('sudo systemctl stop nginx');
    runCommand('undo');
    let state = useAppStore.getState();
    expect(state.shell.world.servers['web-02']?.services.nginx?.active).toBe('active');
    expect(state.shell.stack.at(-1)?.host).toBe('web-02');
    expect(state.history.index).toBe(1);
    state.runCommand('redo');
    state = useAppStore.getState();
    expect(state.shell.world.servers['web-02']?.services.nginx?.active).toBe('inactive');
  });
});
