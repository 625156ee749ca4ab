import type { Locator, Page } from '@playwright/test';
import { expect, focusTerminal, terminalText, typeCommand } from './fixtures';

/** The dashboard inside its pane. */
export function dashboard(page: Page): Locator {
  return page.locator('.dash');
}

/** A server's button in the fleet view. */
export function serverButton(page: Page, host: string): Locator {
  return dashboard(page).locator(`button[data-host="${host}"]`);
}

/** Chooses one of the dashboard's tabs by its name, as a learner clicks it. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  const tab = dashboard(page).getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Generous waits: the lab machines are often busy, and the first prompt waits for xterm to load. */
const SLOW = 20_000;

/** Waits until the terminal's last line is `prompt`. */
export async function promptIs(page: Page, prompt: string): Promise<void> {
  await expect
    .poll(async () => (await terminalText(page)).trimEnd().endsWith(prompt.trimEnd()), { timeout: SLOW })
    .toBe(true);
}

/** Opens the app and waits for the terminal's first prompt. */
export async function openLab(page: Page): Promise<void> {
  await page.goto('/');
  await focusTerminal(page);
  await expect(page.locator('.xterm-rows')).toBeVisible({ timeout: SLOW });
  await promptIs(page, 'aluno@bastion:~$');
}

/** Logs into `host` from the bastion and runs `lines` there, waiting for the prompt after each. */
export async function onHost(page: Page, host: string, ...lines: string[]): Promise<void> {
  const prompt = `aluno@${host}:~$`;
  await typeCommand(page, `ssh ${host}`);
  await promptIs(page, prompt);
  for (const line of lines) {
    await typeCommand(page, line);
    await promptIs(page, prompt);
  }
}
