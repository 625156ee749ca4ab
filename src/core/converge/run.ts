import type { DesiredState, DriftItem } from '../drift/types';
import type { Server, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';
import type { ConvergeAction, ConvergeFailure } from './types';

/** The state of converging one host: the world so far, what was done and what could not be. */
export interface Run {
  world: World;
  host: string;
  actor: Actor;
  desired: DesiredState;
  purge: boolean;
  /** UNMANAGED resources before the run: converge leaves those alone (unless purging), not its own. */
  unmanagedBefore: ReadonlySet<string>;
  actions: ConvergeAction[];
  failures: ConvergeFailure[];
}

export function current(run: Run): Server {
  return run.world.servers[run.host] as Server;
}

/** Applies a change converge makes itself, as one ledger entry. */
export function apply(run: Run, action: ConvergeAction, change: (server: Server) => Server): void {
  const changed = updateServer(run.world, run.host, change);
  run.world = record(changed, run.host, run.actor, action.resource, action.before, action.after);
  run.actions.push(action);
}

/** Takes the world an operation of `ops/` returned (it recorded its own ledger entries). */
export function adopt(run: Run, world: World, actions: readonly ConvergeAction[]): void {
  run.world = world;
  run.actions.push(...actions);
}

export function nameOf(item: DriftItem): string {
  return item.resource.slice(item.resource.indexOf(':') + 1);
}

/** Items to act on: MODIFIED and MISSING, plus UNMANAGED ones when purging or when this run created them. */
export function toConverge(run: Run, items: readonly DriftItem[]): DriftItem[] {
  return items.filter(
    (i) =>
      i.status === 'MODIFIED' ||
      i.status === 'MISSING' ||
      (i.status === 'UNMANAGED' && (run.purge || !run.unmanagedBefore.has(i.resource))),
  );
}
