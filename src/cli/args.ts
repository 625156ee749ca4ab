import { parseArgs } from 'node:util';

export interface SimArgs {
  scenario: string;
  mission: string | null;
  /** The learner's seed; null when not given (a mission then uses its own default seed, a scenario 1). */
  seed: number | null;
  json: boolean;
  list: boolean;
  printSolution: boolean;
  help: boolean;
}

export const SIM_USAGE = `Usage: npm run sim -- [--scenario ID] [--mission ID] [--seed N] [--json] [--list] [--print-solution]

Reads command lines from standard input, one per line, and runs them exactly as the DriftLab terminal
would, starting as aluno on bastion. Prints a transcript, or with --json one JSON report of the session and
the fleet. --list prints the scenarios and missions.

With --mission ID the session starts in that mission's start state (its scenario and setup, varied by
--seed as for a learner); the mission's checklist is evaluated after every command and the JSON report's
"mission" field says which checks pass. --print-solution prints the mission's reference solution, with
the seed's values, as command lines (pipe them back into the runner to replay it).
`;

/** Parses the runner's flags; a bad flag is an error message, never an exception. */
export function parseSimArgs(argv: string[]): { ok: true; args: SimArgs } | { ok: false; error: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string', default: 'frota' },
        mission: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        'print-solution': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const seed = values.seed === undefined ? null : Number(values.seed);
    if (seed !== null && !Number.isSafeInteger(seed))
      return { ok: false, error: `sim: --seed must be an integer, got '${values.seed}'` };
    return {
      ok: true,
      args: {
        scenario: values.scenario ?? 'frota',
        mission: values.mission ?? null,
        seed,
        json: values.json ?? false,
        list: values.list ?? false,
        printSolution: values['print-solution'] ?? false,
        help: values.help ?? false,
      },
    };
  } catch (error) {
    return { ok: false, error: `sim: ${error instanceof Error ? error.message : String(error)}` };
  }
}
