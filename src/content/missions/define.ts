import type { z } from 'zod';
import type { Condition } from './conditions';
import type { MissionSchema } from './schema';

/** What a mission file writes: the schema's input (the registry parses it, so every mission is validated). */
export type MissionInput = z.input<typeof MissionSchema>;

/** Types a mission's data where it is written; validation happens once, in the registry. */
export function defineMission(mission: MissionInput): MissionInput {
  return mission;
}

/** The three production web servers: most missions pick their target among them. */
export const PROD_WEB = ['web-01', 'web-02', 'web-03'];

/** The same condition on each production web server (`{{host}}` is the server). */
export function everyProdWeb(condition: Condition): Condition {
  return { kind: 'every-host', role: 'web', env: 'prod', condition };
}
