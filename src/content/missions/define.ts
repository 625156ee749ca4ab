import type { z } from 'zod';
import type { Condition } from './conditions';
import type { CheckSchema, MissionSchema } from './schema';

/** What a mission file writes: the schema's input (the registry parses it, so every mission is validated). */
export type MissionInput = z.input<typeof MissionSchema>;

/** Types a mission's data where it is written; validation happens once, in the registry. */
export function defineMission(mission: MissionInput): MissionInput {
  return mission;
}

/** The shop's configuration and the web tier's nginx site, the files most missions are about. */
export const LOJA_INI = '/etc/loja/loja.ini';
export const SITE = '/etc/nginx/sites-enabled/loja';
/** The fix nginx 1.25.1 asks for: `ssl` moves onto `listen`, the `ssl on;` line goes. */
export const FIX_SSL_ON = `sudo sed -i -e 's/listen 443;/listen 443 ssl;/' -e '/ssl on;/d' ${SITE}`;

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
    'pt-BR': 'A implantação de produção está {{found}}: veja o painel para saber por quê.',
    en: 'The production deployment is {{found}}: the dashboard says why.',
  },
};
