import type { z } from 'zod';
import type { Condition } from './conditions';
import type { CheckSchema, MissionSchema } from './schema';

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

/** The check most missions end with: whatever the learner did, production's shop must still work. */
export const SHOP_UP: z.input<typeof CheckSchema> = {
  id: 'shop-up',
  label: { 'pt-BR': 'A loja de produção está saudável', en: 'The production shop is healthy' },
  condition: { kind: 'deployment', env: 'prod', status: 'healthy' },
  failureReason: {
    'pt-BR': 'A implantação de produção está `{{found}}`: veja o painel para saber por quê.',
    en: 'The production deployment is `{{found}}`: the dashboard says why.',
  },
};
