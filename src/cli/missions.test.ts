/**
 * The content test of the practical activity: every mission, under several learner seeds, starts unsolved,
 * and its reference solution, typed through the headless runner's session code, solves it; a second,
 * different solution solves it too (so the checks are about the world's state, not the commands typed).
 * `src/content/missions/rehearsal.test.ts` solves the same missions with the engine's own operations.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  evaluateMission,
  fill,
  type GuidedMission,
  MISSIONS,
  type Mission,
  missingCommands,
  missionLines,
  resolveVariables,
  startMission,
} from '../content';
import { createRegistry } from '../shell';
import { runMission } from './mission';

const BASE_SEEDS = [1, 2, 3, 42, 1000];

/** The base seeds, plus the first seeds that give each value of each picked variable not seen yet. */
function seedsFor(mission: Mission): number[] {
  const seeds = [...BASE_SEEDS];
  const seen = (name: string, value: string) =>
    seeds.some((s) => resolveVariables(mission, s)[name] === value);
  for (const [name, spec] of Object.entries(mission.variables)) {
    if (!('pickOne' in spec)) continue;
    for (const value of spec.pickOne) {
      for (let s = 2000; !seen(name, value) && s < 2500; s++)
        if (resolveVariables(mission, s)[name] === value) seeds.push(s);
    }
  }
  return seeds;
}

/**
 * Lines the shell could not run as written: an unknown command or verb, or a usage error. A tool that runs
 * and reports a problem (`nginx -t` failing, apt stopping on a broken postinst) is part of the story.
 */
const MALFORMED =
  /command not found|Unknown command verb|invalid option|unrecognized option|Invalid operation|^usage:/im;

function failedLines(run: ReturnType<typeof runMission>): string[] {
  return run.transcript
    .filter((t) => t.exitCode === 126 || t.exitCode === 127 || MALFORMED.test(t.output))
    .map((t) => `${t.command}\n${t.output}`);
}

function solves(mission: GuidedMission, seed: number, lines: readonly string[]) {
  const vars = resolveVariables(mission, seed);
  const run = runMission(
    mission,
    seed,
    lines.map((line) => fill(line, vars)),
  );
  expect(failedLines(run), `lines that failed (seed ${seed})`).toEqual([]);
  expect(
    run.report.checks.filter((c) => !c.passed),
    `checks still failing (seed ${seed})`,
  ).toEqual([]);
  expect(run.report.complete).toBe(true);
}

const registry = createRegistry();
const guided = MISSIONS.filter((m): m is GuidedMission => m.kind === 'mission');

describe.each(guided.map((m) => [m.id, m] as const))('mission %s', (_, mission) => {
  it('types only commands the shell has (setup, solution and alternative)', () => {
    expect(missingCommands(missionLines(mission), registry)).toEqual([]);
  });

  it('starts unsolved under every seed, its setup typed without errors', () => {
    for (const seed of seedsFor(mission)) {
      const start = startMission(mission, seed);
      const failed = start.setup.filter((l) => l.exitCode !== 0 && !l.allowFailure);
      expect(
        failed.map((l) => `${l.line}: ${l.output}`),
        `setup (seed ${seed})`,
      ).toEqual([]);
      expect(evaluateMission(mission, start.world, start.vars).complete, `seed ${seed}`).toBe(false);
    }
  });

  it('is solved by its reference solution under every seed', () => {
    for (const seed of seedsFor(mission)) solves(mission, seed, mission.solution);
  });

  it('is solved by a different solution too: the checks are about state', () => {
    expect(mission.alternativeSolution).not.toEqual(mission.solution);
    for (const seed of seedsFor(mission)) solves(mission, seed, mission.alternativeSolution);
  });
});

describe('the runner', () => {
  it('lists every mission the lesson links to, in order', () => {
    expect(MISSIONS.map((m) => m.id)).toEqual([
      'meet-the-fleet',
      'in-place-upgrade',
      'hotfix-drift',
      'staging-vs-prod',
      'patch-cve',
      'what-changed',
      'converge-and-rebuild',
      'sandbox',
    ]);
  });

  it('fills the report with the checklist after the last command', () => {
    const mission = guided.find((m) => m.id === 'hotfix-drift');
    if (!mission) throw new Error('hotfix-drift is missing');
    const run = runMission(mission, 7, ['mission status', 'hint']);
    expect(run.report.id).toBe('hotfix-drift');
    expect(run.report.complete).toBe(false);
    expect(run.report.checks.map((c) => c.id)).toEqual(mission.checklist.map((c) => c.id));
    expect(run.report.checks.find((c) => c.id === 'web-in-sync')?.reason).toMatch(/drift/);
    expect(run.transcript[1]?.output).toMatch(/^Hint 1\/4: /);
  });

  it('prints a learner’s solution, lists the missions, and reports a mission from the command line', () => {
    const sim = (args: string[], input = '') =>
      execFileSync('npx', ['tsx', 'src/cli/sim.ts', ...args], { input, encoding: 'utf8' });
    const mission = guided.find((m) => m.id === 'patch-cve');
    if (!mission) throw new Error('patch-cve is missing');
    const solution = sim(['--mission', 'patch-cve', '--seed', '42', '--print-solution']);
    const vars = resolveVariables(mission, 42);
    expect(solution).toBe(mission.solution.map((line) => `${fill(line, vars)}\n`).join(''));
    const list = JSON.parse(sim(['--list', '--json']));
    expect(list.missions).toContainEqual({ id: 'patch-cve', title: 'Patching a CVE' });
    const report = JSON.parse(sim(['--mission', 'patch-cve', '--seed', '42', '--json'], solution));
    expect(report.mission).toMatchObject({ id: 'patch-cve', complete: true });
  }, 90_000);
});
