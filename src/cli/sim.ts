// `npm run sim`: the DriftLab shell from the command line, for tests, instructors and scripts.
import { readFileSync } from 'node:fs';
import {
  fill,
  findMission,
  findScenario,
  LAB_START,
  MISSIONS,
  resolveVariables,
  SCENARIOS,
} from '../content';
import { parseSimArgs, SIM_USAGE } from './args';
import { runMission } from './mission';
import { fleetReport } from './report';
import { runSession } from './session';

function list(json: boolean): void {
  const scenarios = SCENARIOS.map((s) => ({ id: s.id, title: s.title.en }));
  const missions = MISSIONS.map((m) => ({ id: m.id, title: m.title.en }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ scenarios, missions }, null, 2)}\n`);
    return;
  }
  for (const s of scenarios) process.stdout.write(`scenario  ${s.id.padEnd(22)} ${s.title}\n`);
  for (const m of missions) process.stdout.write(`mission   ${m.id.padEnd(22)} ${m.title}\n`);
}

function readLines(): string[] {
  const input = readFileSync(0, 'utf8');
  return input.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
}

function main(argv: string[]): number {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${SIM_USAGE}`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(SIM_USAGE);
    return 0;
  }
  if (args.list) {
    list(args.json);
    return 0;
  }
  if (args.mission !== null) {
    const mission = findMission(args.mission);
    if (!mission) {
      process.stderr.write(`sim: unknown mission '${args.mission}' (try --list)\n`);
      return 2;
    }
    const seed = args.seed ?? mission.seed;
    if (args.printSolution) {
      const vars = resolveVariables(mission, seed);
      const lines = mission.kind === 'mission' ? mission.solution.map((line) => fill(line, vars)) : [];
      process.stdout.write(lines.map((line) => `${line}\n`).join(''));
      return 0;
    }
    const run = runMission(mission, seed, readLines());
    if (args.json) {
      const report = { transcript: run.transcript, fleet: fleetReport(run.state.world), mission: run.report };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else process.stdout.write(run.text);
    return 0;
  }
  if (args.printSolution) {
    process.stderr.write('sim: --print-solution needs --mission ID\n');
    return 2;
  }
  const scenario = findScenario(args.scenario);
  if (!scenario) {
    process.stderr.write(`sim: unknown scenario '${args.scenario}' (try --list)\n`);
    return 2;
  }
  const world = scenario.build({ seed: args.seed ?? 1, now: LAB_START });
  const { state, transcript, text } = runSession(world, readLines());
  if (args.json) {
    const report = { transcript, fleet: fleetReport(state.world), mission: null };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
