import type { BackgroundEventKind } from '../model/types';

/** Every kind of background event, once: the schema, the scheduler and the tests read it from here. */
export const EVENT_KINDS = [
  'hotfix',
  'unattended-upgrades',
  'cron-rewrite',
  'disk-fill',
  'cert-expire',
  'unreachable',
] as const satisfies readonly BackgroundEventKind[];
