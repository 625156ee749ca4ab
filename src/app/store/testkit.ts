import type { World } from '../../core';
import { createRegistry, createShell, execute } from '../../shell';

const registry = createRegistry();

/** The world after a learner typed `lines` in a fresh shell on `world` (tests only). */
export function afterCommands(world: World, ...lines: string[]): World {
  let shell = createShell(world);
  for (const line of lines) shell = execute(shell, registry, line).state;
  return shell.world;
}
