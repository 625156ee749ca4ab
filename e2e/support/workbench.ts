import type { Page } from '@playwright/test';
import { expect, terminalText, typeCommand } from './fixtures';

/** Waits for the terminal to show `prompt` last; patient, as Monaco and axe make a busy machine slower. */
export async function atPrompt(page: Page, prompt: string): Promise<void> {
  await expect
    .poll(async () => (await terminalText(page)).trimEnd().endsWith(prompt.trimEnd()), { timeout: 20_000 })
    .toBe(true);
}

/** Logs into a host from the bastion, as a learner would. */
export async function sshTo(page: Page, host: string): Promise<void> {
  await typeCommand(page, `ssh ${host}`);
  await atPrompt(page, `aluno@${host}:~$`);
}

/** Runs a command that opens the editor pane, and waits for Monaco to hold the file with the keyboard. */
export async function openInEditor(page: Page, line: string): Promise<void> {
  await typeCommand(page, line);
  const editor = page.getByTestId('file-editor');
  await expect(editor).toBeVisible({ timeout: 15_000 });
  await expect(editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(editor.locator('.monaco-editor')).toHaveClass(/focused/, { timeout: 15_000 });
}

/** Types at the end of the file in the open editor. */
export async function appendInEditor(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

/** The text of a file in the world, as the editor shows it when opened again (then closed unchanged). */
export async function fileFromEditor(page: Page, path: string): Promise<string> {
  await openInEditor(page, `sudo nano ${path}`);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks between Monaco's lines
  const text = (await page.getByTestId('file-editor').locator('.view-lines').innerText()).replace(
    /\u00a0/g,
    ' ',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('file-editor')).toBeHidden();
  return text;
}
