// `npm run sim`: the DriftLab shell from the command line, for tests, instructors and scripts.
import { readFileSync } from 'node:fs';
import { findScenario, LAB_START, SCENARIOS } from '../content';
import { parseSimArgs, SIM_USAGE } from './args';
import { fleetReport } from './report';
import { runSession } from './session';

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
    const scenarios = SCENARIOS.map((s) => ({ id: s.id, title: s.title.en }));
    if (args.json) process.stdout.write(`${JSON.stringify({ scenarios, missions: [] }, null, 2)}\n`);
    else for (const s of scenarios) process.stdout.write(`scenario  ${s.id.padEnd(16)} ${s.title}\n`);
    return 0;
  }
  const scenario = findScenario(args.scenario);
  if (!scenario) {
    process.stderr.write(`sim: unknown scenario '${args.scenario}' (try --list)\n`);
    return 2;
  }
  const input = readFileSync(0, 'utf8');
  const lines = input.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
  const world = scenario.build({ seed: args.seed, now: LAB_START });
  const { state, transcript, text } = runSession(world, lines);
  if (args.json) {
    const report = { transcript, fleet: fleetReport(state.world), mission: null };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
