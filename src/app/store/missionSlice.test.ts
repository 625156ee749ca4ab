import { beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress, fill, findMission, type GuidedMission, resolveVariables } from '../../content';
import { useAppStore } from './index';
import { revealedSolution } from './missionSlice';

const SEED = 7;
const initial = useAppStore.getState();
const store = () => useAppStore.getState();
const run = (line: string) => store().runCommand(line);

function solutionOf(id: string): string[] {
  const mission = findMission(id) as GuidedMission;
  const vars = resolveVariables(mission, SEED);
  return mission.solution.map((line) => fill(line, vars));
}

beforeEach(() => {
  useAppStore.setState(initial, true);
  store().setLocale('pt-BR');
  store().hydrateMissions(emptyProgress(SEED));
});

describe('the mission slice, wired to the shell', () => {
  it('`mission start` replaces the world, puts the learner on the bastion and starts a new history', () => {
    run('ssh web-01');
    run('sudo touch /tmp/x');
    run('mission start hotfix-drift');
    const state = store();
    expect(state.shell.stack).toHaveLength(1);
    expect(state.shell.stack[0]).toMatchObject({ host: 'bastion', user: 'aluno' });
    expect(state.history.steps).toHaveLength(1);
    expect(state.missionProgress.active).toBe('hotfix-drift');
    expect(state.missionProgress.missions['hotfix-drift']).toMatchObject({ attempts: 1, commands: 0 });
    expect(state.missionEvaluation?.complete).toBe(false);
    expect(state.missionEvaluation?.checks.some((c) => !c.passed && c.reason)).toBe(true);
  });

  it('re-evaluates after every command and records the mission as solved', () => {
    run('mission start hotfix-drift');
    const lines = solutionOf('hotfix-drift');
    for (const line of lines) run(line);
    const state = store();
    expect(state.missionEvaluation?.complete).toBe(true);
    expect(state.missionEvaluation?.checks.every((c) => c.passed && c.reason === null)).toBe(true);
    expect(state.missionProgress.missions['hotfix-drift']).toMatchObject({
      status: 'solved',
      commands: lines.length,
      totalCommands: lines.length,
    });
  });

  it('counts the hint button and the `hint` command as the same hints', () => {
    run('mission start meet-the-fleet');
    store().takeHint();
    expect(store().missionProgress.missions['meet-the-fleet']?.hintsUsed).toBe(1);
    const second = run('hint');
    expect(second.output).toMatch(/^Dica 2\/\d+: /);
    expect(store().missionProgress.missions['meet-the-fleet']?.hintsUsed).toBe(2);
  });

  it('reveals the solution with the learner’s values and plays it step by step, then all of it', () => {
    run('mission start hotfix-drift');
    expect(revealedSolution(store())).toBeNull();
    store().revealSolution();
    const lines = solutionOf('hotfix-drift');
    expect(revealedSolution(store())).toEqual(lines);
    expect(store().missionProgress.missions['hotfix-drift']?.solutionRevealed).toBe(true);
    store().playSolutionStep();
    expect(store().solutionStep).toBe(1);
    expect(store().transcript.entries.at(-1)?.command).toBe(lines[0]);
    store().playWholeSolution();
    expect(store().solutionStep).toBe(lines.length);
    expect(store().missionEvaluation?.complete).toBe(true);
  });

  it('re-evaluates after the undo button without counting a command', () => {
    run('mission start hotfix-drift');
    const lines = solutionOf('hotfix-drift');
    for (const line of lines) run(line);
    const commands = store().missionProgress.missions['hotfix-drift']?.commands;
    store().undo();
    store().undo();
    store().undo();
    expect(store().missionEvaluation?.complete).toBe(false);
    expect(store().missionProgress.missions['hotfix-drift']?.commands).toBe(commands);
  });

  it('counts an editor save as a command and checks the file it wrote', () => {
    run('mission start meet-the-fleet');
    run('nano inventario.txt');
    expect(store().editorSession?.path).toBe('/home/aluno/inventario.txt');
    expect(store().saveEditor('nada ainda\n')).toEqual({ ok: true });
    expect(store().missionProgress.missions['meet-the-fleet']?.commands).toBe(2);
    const written = store().missionEvaluation?.checks.find((c) => c.id === 'inventory-written');
    expect(written?.passed).toBe(true);
  });

  it('hydrates saved progress over a restored world without a new attempt', () => {
    run('mission start hotfix-drift');
    run('ssh web-01');
    const progress = store().missionProgress;
    const world = store().shell.world;
    useAppStore.setState(initial, true);
    store().hydrateMissions(progress, world);
    expect(store().missionProgress).toEqual(progress);
    expect(store().missionEvaluation?.complete).toBe(false);
    expect(store().missionRuntime?.active()?.mission.id).toBe('hotfix-drift');
    expect(JSON.parse(JSON.stringify(store().missionProgress))).toEqual(progress);
  });

  it('gives the checklist’s reasons in the language of the UI', () => {
    run('mission start meet-the-fleet');
    const reason = () => store().missionEvaluation?.checks[0]?.reason;
    expect(reason()).toContain('Ainda não há');
    store().setLocale('en');
    expect(reason()).toContain('There is no');
    expect(run('hint').output).toMatch(/^Hint 1\//);
  });

  it('asks before a lesson link replaces a mission in progress', () => {
    run('mission start meet-the-fleet');
    store().requestMission('what-changed');
    expect(store().missionRequest).toBeNull();
    expect(store().missionProgress.active).toBe('what-changed');
    run('mission start meet-the-fleet');
    run('ls');
    store().requestMission('hotfix-drift');
    expect(store().missionRequest).toBe('hotfix-drift');
    expect(store().missionProgress.active).toBe('meet-the-fleet');
    store().cancelMissionRequest();
    expect(store().missionRequest).toBeNull();
    store().requestMission('hotfix-drift');
    store().confirmMissionRequest();
    expect(store().missionRequest).toBeNull();
    expect(store().missionProgress.active).toBe('hotfix-drift');
    expect(store().guideTab).toBe('missions');
  });

  it('flips a sandbox chaos switch as a step of the history', () => {
    store().startMission('sandbox');
    const before = store().shell.world;
    const steps = store().history.steps.length;
    store().flipChaos('disk-fill');
    expect(store().shell.world).not.toBe(before);
    expect(store().history.steps).toHaveLength(steps + 1);
    store().flipChaos('no-such-switch');
    expect(store().history.steps).toHaveLength(steps + 1);
  });

  it('leaves the mission when another world is loaded, keeping its progress', () => {
    run('mission start hotfix-drift');
    run('ls');
    store().leaveMission();
    expect(store().missionEvaluation).toBeNull();
    expect(store().missionProgress.active).toBeNull();
    expect(store().missionProgress.missions['hotfix-drift']).toMatchObject({ attempts: 1, commands: 1 });
    expect(run('mission status').output).toContain('nenhuma missão ativa');
  });
});

describe('a mission asked for while the file editor is open', () => {
  it('with nothing typed, closes the editor and starts without asking', () => {
    run('nano /tmp/notes.txt');
    store().setEditorEdited(false);
    store().startMission('hotfix-drift');
    expect(store().missionAfterEditor).toBeNull();
    expect(store().editorSession).toBeNull();
    expect(store().missionProgress.active).toBe('hotfix-drift');
  });

  it('a change undone back to the opened text counts as nothing typed', () => {
    run('nano /tmp/notes.txt');
    store().setEditorEdited(true);
    store().setEditorEdited(false);
    store().startMission('hotfix-drift');
    expect(store().missionAfterEditor).toBeNull();
    expect(store().missionProgress.active).toBe('hotfix-drift');
  });

  it('with unsaved text, waits for the learner: keep editing leaves all as it was; discarding closes the editor and starts it', () => {
    run('nano /tmp/notes.txt');
    expect(store().editorSession).not.toBeNull();
    store().setEditorEdited(true);
    store().startMission('hotfix-drift');
    expect(store().missionAfterEditor).toBe('hotfix-drift');
    expect(store().missionProgress.active).toBeNull();
    store().cancelMissionOverEditor();
    expect(store().missionAfterEditor).toBeNull();
    expect(store().editorSession).not.toBeNull();

    store().startMission('hotfix-drift');
    store().confirmMissionOverEditor();
    expect(store().editorEdited).toBe(false);
    expect(store().editorSession).toBeNull();
    expect(store().missionAfterEditor).toBeNull();
    expect(store().missionProgress.active).toBe('hotfix-drift');
  });
});
