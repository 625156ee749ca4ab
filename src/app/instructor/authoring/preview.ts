import { buildScenario, type ScenarioDoc } from '../../../content/authored';
import { LAB_START } from '../../../content/scenarios';
import type { World } from '../../../core';
import { type ServerView, viewOf } from '../../store/selectors';

export interface PreviewRow {
  hostname: string;
  role: string;
  env: string;
  ip: string;
  view: ServerView | undefined;
}

/** The world a scenario document starts, and each server judged as the dashboard would. */
export function previewScenario(doc: ScenarioDoc): { world: World; rows: PreviewRow[] } {
  const world = buildScenario(doc, LAB_START);
  const rows = world.order.map((host) => {
    const server = world.servers[host];
    return {
      hostname: host,
      role: server?.role ?? '',
      env: server?.env ?? '',
      ip: server?.ip ?? '',
      view: viewOf(world, host),
    };
  });
  return { world, rows };
}
