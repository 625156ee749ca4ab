import { type CommandRegistry, createShell, execute } from '../../shell';
import { parseLine, plainText, splitSudo } from '../../shell/parser';
import { findScenario, LAB_START } from '../scenarios';
import type { Mission } from './schema';

/**
 * Which shell commands a mission's lines need, and which of them the shell does not have yet: the content
 * test uses it to say exactly what a mission waits for. Verbs of commands whose verbs are still growing
 * (`systemctl restart`) count as requirements of their own.
 */

const VERB_COMMANDS = new Set(['systemctl']);

/** The commands one line runs: `sudo` and its options are skipped, `echo x | sudo tee f` needs echo and tee. */
export function commandsOf(line: string): string[] {
  const parsed = parseLine(line);
  if (!parsed.ok) return [];
  const out: string[] = [];
  for (const list of parsed.script.lists) {
    for (const pipeline of [list.first, ...list.rest.map((r) => r.pipeline)]) {
      for (const command of pipeline.commands) {
        const words = command.words.map((w) => plainText(w) ?? '');
        const sudo = words[0] === 'sudo' ? splitSudo(words) : null;
        const argv = sudo?.ok ? sudo.rest : words;
        const [name, verb] = argv;
        if (!name) continue;
        out.push(name);
        if (VERB_COMMANDS.has(name) && verb && !verb.startsWith('-')) out.push(`${name} ${verb}`);
      }
    }
  }
  return out;
}

/** The lines the colleague types before the learner arrives. */
export function setupLines(mission: Mission): string[] {
  return mission.setup.flatMap((step) => ('run' in step ? step.run : []));
}

/** Every line a mission types: its setup, its solution and its alternative solution. */
export function missionLines(mission: Mission): string[] {
  const setup = setupLines(mission);
  return mission.kind === 'mission' ? [...setup, ...mission.solution, ...mission.alternativeSolution] : setup;
}

/** Whether the shell answers a command (or a verb of it) with something other than "unknown". */
function known(requirement: string, registry: CommandRegistry): boolean {
  const [name, verb] = requirement.split(' ');
  if (!name || !registry.get(name)) return false;
  if (!verb) return true;
  const world = findScenario('frota')?.build({ seed: 1, now: LAB_START });
  if (!world) return false;
  const probe = execute(createShell(world), registry, `${name} ${verb}`);
  return !/unknown (command|operation|verb)/i.test(probe.output);
}

/** The requirements of these lines that `registry` cannot satisfy yet, sorted. */
export function missingCommands(lines: readonly string[], registry: CommandRegistry): string[] {
  const needed = new Set(lines.flatMap(commandsOf));
  return [...needed].filter((r) => !known(r, registry)).sort();
}
