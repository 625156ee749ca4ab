import type { ConvergeAction } from './types';

/**
 * Handlers as in an Ansible role: a change to a resource notifies a unit to restart or reload, once, at the
 * end of the run. A unit that converge (re)started during the run already reads the new state.
 */
interface Handler {
  unit: string;
  change: 'restart' | 'reload';
  notifiedBy: (resource: string) => boolean;
}

export const HANDLERS: readonly Handler[] = [
  { unit: 'nginx', change: 'reload', notifiedBy: (r) => r.startsWith('file:/etc/nginx/') },
  {
    unit: 'loja',
    change: 'restart',
    notifiedBy: (r) => r === 'file:/etc/loja/loja.ini' || r === 'package:loja',
  },
  { unit: 'ssh', change: 'reload', notifiedBy: (r) => r === 'file:/etc/ssh/sshd_config' },
  {
    unit: 'postgresql@15-main',
    change: 'restart',
    notifiedBy: (r) => r.startsWith('file:/etc/postgresql/15/main/'),
  },
];

const NOTIFYING = new Set<ConvergeAction['action']>([
  'install',
  'upgrade',
  'downgrade',
  'remove',
  'write-file',
  'set-attributes',
]);

/** The handlers the run's changes notify, each with the resources that notified it. */
export function notifiedHandlers(actions: readonly ConvergeAction[]): { handler: Handler; by: string[] }[] {
  const changed = actions.filter((a) => NOTIFYING.has(a.action)).map((a) => a.resource);
  return HANDLERS.flatMap((handler) => {
    const by = changed.filter(handler.notifiedBy);
    const started = actions.some((a) => a.resource === `service:${handler.unit}` && a.action === 'start');
    return by.length > 0 && !started ? [{ handler, by }] : [];
  });
}
