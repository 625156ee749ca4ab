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
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between xterm's rows
  return page.locator('.xterm-rows').innerText();
}

/** Types a command into the terminal the way a learner does, then presses Enter. */
export async function typeCommand(page: Page, line: string): Promise<void> {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line, { delay: 5 });
  await page.keyboard.press('Enter');
}

export async function waitForPrompt(page: Page, prompt: string): Promise<void> {
  await expect
    .poll(async () => (await terminalText(page)).trimEnd().endsWith(prompt.trimEnd()), { timeout: 20_000 })
    .toBe(true);
}
