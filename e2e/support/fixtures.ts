import { test as base, expect, type Page } from '@playwright/test';

/** A page that records console errors and uncaught exceptions, failing the test if any appear. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The terminal's visible text, row by row. */
export async function terminalText(page: Page): Promise<string> {
  // Before the learner reaches for it on a first visit, the terminal is its light stand-in (greeting, prompt).
  const terminal = page.locator('.xterm-rows, .terminal-placeholder pre').first();
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between xterm's rows
  return terminal.innerText();
}

/**
 * Puts the focus in the terminal as a learner does: on a first visit xterm loads when the learner reaches
 * for the terminal, so the light stand-in is focused first when xterm is not there yet.
 */
export async function focusTerminal(page: Page): Promise<void> {
  const textarea = page.locator('.xterm-helper-textarea');
  // On a busy machine the page may still be rendering: wait for one of the two before choosing.
  await page
    .locator('.xterm-helper-textarea, .terminal-placeholder')
    .first()
    .waitFor({ state: 'attached', timeout: 30_000 });
  if ((await textarea.count()) === 0) {
    await page
      .locator('.terminal-placeholder')
      .first()
      .focus({ timeout: 2_000 })
      .catch(() => undefined); // xterm replaced it meanwhile
  }
  await textarea.focus({ timeout: 30_000 });
}

/** Types a command into the terminal the way a learner does, then presses Enter. */
export async function typeCommand(page: Page, line: string): Promise<void> {
  await focusTerminal(page);
  await page.keyboard.type(line, { delay: 5 });
  await page.keyboard.press('Enter');
}

export async function waitForPrompt(page: Page, prompt: string): Promise<void> {
  await expect
    .poll(async () => (await terminalText(page)).trimEnd().endsWith(prompt.trimEnd()), { timeout: 20_000 })
    .toBe(true);
}

/** On a phone the top bar's settings fold under one button: unfolds them when they are folded. */
export async function unfoldSettings(page: Page): Promise<void> {
  // Right after a navigation the top bar may not be rendered yet: wait for it before looking at the button.
  await page.locator('header.topbar .settings').waitFor({ state: 'attached', timeout: 30_000 });
  const toggle = page.getByRole('button', { name: /^(Configurações|Settings)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
}
