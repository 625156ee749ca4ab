import { serviceDrift } from '../drift/resources';
import { serviceSummary } from '../drift/summary';
import type { World } from '../model/types';
import {
  disableService,
  enableService,
  reloadService,
  restartService,
  type ServiceChange,
  startService,
  stopService,
} from '../ops/services';
import type { Actor } from '../world/update';
import { notifiedHandlers } from './handlers';
import { adopt, current, nameOf, type Run, toConverge } from './run';

/**
 * The services step and the handlers, through systemctl's operations in `ops/services` (a start runs the
 * start check, so a unit whose config or runtime is broken ends `failed` and the failure is reported).
 */

type Verb = 'start' | 'stop' | 'enable' | 'disable' | 'restart' | 'reload';

const SYSTEMCTL: Record<Verb, (world: World, host: string, unit: string, actor: Actor) => ServiceChange> = {
  start: startService,
  stop: stopService,
  enable: enableService,
  disable: disableService,
  restart: restartService,
  reload: reloadService,
};

function systemctl(run: Run, unit: string, verb: Verb, notifiedBy?: string[]): void {
  const before = current(run).services[unit];
  if (!before) return;
  const { world, outcome } = SYSTEMCTL[verb](run.world, run.host, unit, run.actor);
  const after = world.servers[run.host]?.services[unit];
  const resource = `service:${unit}`;
  adopt(run, world, [
    {
      resource,
      action: verb,
      before: serviceSummary(before),
      after: after ? serviceSummary(after) : null,
      ...(notifiedBy ? { notifiedBy } : {}),
    },
  ]);
  if (!outcome.ok) run.failures.push({ resource, code: outcome.code, params: { unit } });
}

export function convergeServices(run: Run): void {
  for (const item of toConverge(run, serviceDrift(current(run), run.desired))) {
    const unit = nameOf(item);
    const wanted = run.desired.services[unit];
    if (item.status === 'UNMANAGED' || !wanted) {
      systemctl(run, unit, 'stop');
      if (current(run).services[unit]?.enabled) systemctl(run, unit, 'disable');
      continue;
    }
    if (item.status === 'MISSING') {
      run.failures.push({ resource: item.resource, code: 'UNIT_NOT_FOUND', params: { unit } });
      continue;
    }
    const differs = (name: string) => item.properties?.some((p) => p.name === name) ?? false;
    if (differs('enabled')) systemctl(run, unit, wanted.enabled ? 'enable' : 'disable');
    if (differs('state')) systemctl(run, unit, wanted.state === 'running' ? 'start' : 'stop');
  }
}

/** Restarts and reloads the run's changes notified, for units that run. */
export function runHandlers(run: Run): void {
  for (const { handler, by } of notifiedHandlers(run.actions)) {
    if (current(run).services[handler.unit]?.active !== 'active') continue;
    systemctl(run, handler.unit, handler.change, by);
  }
}
