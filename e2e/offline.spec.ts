import { promptIs } from './support/dashboard';
import { expect, terminalText, test, typeCommand } from './support/fixtures';
import { serviceWorkerReady } from './support/offline';
import { openInEditor } from './support/workbench';

const BASTION = 'aluno@bastion:~$';

test('after one visit, the whole lab works with the network off: lesson, terminal, editor, missions', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await promptIs(page, BASTION);
  expect(await serviceWorkerReady(page)).toMatch(/\/sw\.js$/);

  await context.setOffline(true);
  await page.reload();
  await promptIs(page, BASTION);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  // The lesson (its own chunk) rendered from the cache.
  await expect(page.getByRole('heading', { level: 3, name: /Infraestrutura mutável/i })).toBeVisible();

  await typeCommand(page, 'hostname');
  await typeCommand(page, 'ssh web-01');
  await promptIs(page, 'aluno@web-01:~$');
  expect(await terminalText(page)).toContain('bastion\n');

  // nano opens Monaco: its multi-MB chunk, CSS, codicon font and worker all come from the precache.
  await openInEditor(page, 'sudo nano /etc/hostname');
  await expect(page.getByTestId('file-editor').locator('.view-lines')).toContainText('web-01');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('file-editor')).toBeHidden();
  await typeCommand(page, 'exit');
  await promptIs(page, BASTION);

  await typeCommand(page, 'mission');
  await promptIs(page, BASTION);
  expect(await terminalText(page)).toMatch(/1 {2}meet-the-fleet/);
  await typeCommand(page, 'mission start meet-the-fleet');
  await promptIs(page, BASTION);
  await typeCommand(page, 'hint');
  await promptIs(page, BASTION);
  expect(await terminalText(page)).toMatch(/1\/\d/);
});
