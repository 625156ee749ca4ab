import type { Page } from '@playwright/test';
import { findMission } from '../../src/content/missions/registry';
import type { GuidedMission } from '../../src/content/missions/schema';
import { fill, resolveVariables } from '../../src/content/missions/variables';
import { expect, typeCommand } from './fixtures';

/** A mission's reference solution with this learner's values, as the runtime fills it in. */
export function solutionFor(id: string, seed: number): string[] {
  const mission = findMission(id) as GuidedMission | undefined;
  if (mission?.kind !== 'mission') throw new Error(`no guided mission ${id}`);
  const vars = resolveVariables(mission, seed);
  return mission.solution.map((line) => fill(line, vars));
}

/** The learner's seed, as the missions panel shows it ("Sua semente: 123" / "Your seed: 123"). */
export async function learnerSeed(page: Page): Promise<number> {
  const text = (await page.locator('.mission-list__seed').textContent()) ?? '';
  const seed = Number(/(\d+)/.exec(text)?.[1]);
  if (!Number.isInteger(seed)) throw new Error(`no seed in "${text}"`);
  return seed;
}

/**
 * Types each line into the terminal as a learner does, waiting after each for the missions panel to count
 * it (its "commands" figure), so the next line never races the previous one.
 */
export async function typeCounted(page: Page, lines: readonly string[], commandsWord: RegExp): Promise<void> {
  const status = page.locator('.active-mission__status');
  const counted = async () =>
    Number(new RegExp(`${commandsWord.source}:\\s*(\\d+)`).exec((await status.textContent()) ?? '')?.[1]);
  for (const line of lines) {
    const before = await counted();
    await typeCommand(page, line);
    await expect.poll(counted, { timeout: 20_000 }).toBe(before + 1);
  }
}
