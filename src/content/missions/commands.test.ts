import { describe, expect, it } from 'vitest';
import { createRegistry, createShell, execute, type ShellState } from '../../shell';
import { SAMPLE_MISSION } from '../authored';
import { findScenario, LAB_START } from '../scenarios';
import { registerMissionCommands } from './commands';
import { MISSIONS } from './registry';
import { createMissionRuntime } from './runtime';

function setup(locale: 'pt-BR' | 'en' = 'en') {
  const runtime = createMissionRuntime({ missions: MISSIONS, locale, seed: 3 });
  const registry = registerMissionCommands(createRegistry(), runtime);
  const world = findScenario('frota')?.build({ seed: 1, now: LAB_START });
  if (!world) throw new Error('no frota');
  let state: ShellState = createShell(world);
  // `columns`: the terminal's width for this command, as the app passes xterm's.
  const type = (line: string, columns?: number) => {
    const ran = execute(columns === undefined ? state : { ...state, columns }, registry, line);
    state = ran.state;
    runtime.afterCommand(state.world);
    return ran;
  };
  return { runtime, type, state: () => state };
}

describe('the mission and hint commands', () => {
  it('list the missions in the arc with their status', () => {
    const { type } = setup('pt-BR');
    const out = type('mission').output;
    expect(out.split('\n')[0]).toMatch(/^ 1 {2}meet-the-fleet +não iniciada +Conheça a frota$/);
    expect(out).toContain(' 8  sandbox');
    expect(out).not.toContain('(do instrutor)');
  });

  it('list marks the instructor’s mission, in both languages', () => {
    for (const [locale, words] of [
      ['en', '(by the instructor)'],
      ['pt-BR', '(do instrutor)'],
    ] as const) {
      const runtime = createMissionRuntime({ missions: [...MISSIONS, SAMPLE_MISSION], locale, seed: 3 });
      const registry = registerMissionCommands(createRegistry(), runtime);
      const world = findScenario('frota')?.build({ seed: 1, now: LAB_START });
      if (!world) throw new Error('no frota');
      const out = execute(createShell(world), registry, 'mission list').output;
      const line = out.split('\n').find((l) => l.includes(SAMPLE_MISSION.id)) ?? '';
      expect(line.endsWith(`${SAMPLE_MISSION.title[locale]} ${words}`)).toBe(true);
      expect(out.split('\n').filter((l) => l.endsWith(words))).toHaveLength(1);
    }
  });

  it('start a mission: its world, a fresh session on the bastion, the briefing and the checklist', () => {
    const { type, state, runtime } = setup();
    type('ssh web-01');
    const out = type('mission start hotfix-drift').output;
    expect(out).toMatch(/^== The hotfix that drifted ==/);
    expect(out).toContain('Checklist:\n  [ ] `/etc/loja/loja.ini` on the web servers is the desired one');
    expect(state().stack.map((s) => `${s.user}@${s.host}`)).toEqual(['aluno@bastion']);
    expect(state().world.ledger.size).toBeGreaterThan(0);
    expect(runtime.progress().missions['hotfix-drift']).toMatchObject({
      status: 'in-progress',
      attempts: 1,
      commands: 0,
    });
    type('hostname');
    expect(runtime.progress().missions['hotfix-drift']?.commands).toBe(1);
  });

  it('fit the briefing, checklist and hints to the terminal, breaking at words (solutions stay whole)', () => {
    const { type } = setup('pt-BR');
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const fits = (text: string, width: number) =>
      text.split('\n').every((line) => line.length <= width || words(line).length === 1);
    const wide = type('mission start hotfix-drift').output;
    const narrow = type('mission start hotfix-drift', 44).output;
    expect(words(narrow)).toEqual(words(wide));
    expect(fits(narrow, 44)).toBe(true);
    expect(fits(wide, 44)).toBe(false);
    expect(fits(type('hint', 30).output, 30)).toBe(true);
    const solution = type('mission solution --yes', 20).output;
    expect(solution.split('\n').some((line) => line.length > 20)).toBe(true);
  });

  it('give hints one at a time, with the learner’s values, until none are left', () => {
    const { type, runtime } = setup();
    expect(type('hint').output).toMatch(/^hint: no active mission/);
    type('mission start hotfix-drift');
    const target = runtime.active()?.vars.target;
    const hints = [1, 2, 3, 4].map(() => type('hint').output);
    expect(hints[0]).toMatch(/^Hint 1\/4: /);
    expect(hints[3]).toContain(`ssh ${target}`);
    expect(type('hint').output).toMatch(/no more hints/);
    expect(runtime.progress().missions['hotfix-drift']?.hintsUsed).toBe(4);
  });

  it('show the solution only after a confirmation, and remember it was shown', () => {
    const { type, runtime } = setup();
    type('mission start meet-the-fleet');
    expect(type('mission solution').output).toMatch(/--yes/);
    expect(runtime.progress().missions['meet-the-fleet']?.solutionRevealed).toBe(false);
    const snowflake = runtime.active()?.vars.snowflake;
    expect(type('mission solution --yes').output.split('\n')[0]).toBe(`ssh ${snowflake}`);
    expect(runtime.progress().missions['meet-the-fleet']?.solutionRevealed).toBe(true);
  });

  it('reset the active mission as a new attempt, and refuse unknown missions', () => {
    const { type, runtime } = setup();
    type('mission start meet-the-fleet');
    type('mission reset');
    expect(runtime.progress().missions['meet-the-fleet']?.attempts).toBe(2);
    const unknown = type('mission start nope');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.output).toContain("unknown mission 'nope'");
    expect(type('mission start 99').output).toContain("unknown mission '99'");
  });

  it('start a mission by the number the list shows beside it, or by its id alone', () => {
    const { type, runtime } = setup('pt-BR');
    const listed = type('mission list').output.split('\n');
    for (const mission of MISSIONS) {
      const number = String(mission.order);
      expect(listed.some((line) => line.startsWith(`${number.padStart(2)}  ${mission.id} `))).toBe(true);
      expect(type(`mission start ${number}`).exitCode).toBe(0);
      expect(runtime.active()?.mission.id).toBe(mission.id);
    }
    type('mission 2');
    expect(runtime.active()?.mission.id).toBe(MISSIONS.find((m) => m.order === 2)?.id);
    type('mission hotfix-drift');
    expect(runtime.active()?.mission.id).toBe('hotfix-drift');
  });

  it('say hint: when a hint is asked with no active mission', () => {
    expect(setup('pt-BR').type('hint').stderr).toBe(
      'hint: nenhuma missão ativa (comece uma com: mission start ID)\n',
    );
    expect(setup('en').type('hint').stderr).toBe(
      'hint: no active mission (start one with: mission start ID)\n',
    );
    expect(setup('en').type('mission status').stderr).toMatch(/^mission: no active mission/);
  });
});
