import type { Page } from '@playwright/test';
import { expect, unfoldSettings } from './fixtures';

/** Opens the instructor panel from the settings bar and picks one of its tabs, as an instructor clicks. */
export async function openInstructorTab(page: Page, tab: string | RegExp): Promise<void> {
  await unfoldSettings(page);
  const toggle = page.getByRole('button', { name: /^(Instrutor|Instructor)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const button = page.getByTestId('instructor-panel').getByRole('tab', { name: tab });
  await button.click();
  await expect(button).toHaveAttribute('aria-selected', 'true');
}

/** The authoring editor, once Monaco and its JSON worker are up. */
export async function authorEditorReady(page: Page): Promise<void> {
  await expect(page.getByTestId('author-editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 });
}

/**
 * Replaces the authoring editor's whole text by pasting, as an instructor pastes a document (typing it would
 * let Monaco auto-close brackets and quotes).
 */
export async function setAuthorText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByTestId('author-editor').getByRole('textbox').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}
