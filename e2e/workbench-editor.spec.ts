import { axeViolations } from './support/axe';
import { expect, terminalText, test, typeCommand } from './support/fixtures';
import { appendInEditor, atPrompt, fileFromEditor, openInEditor, sshTo } from './support/workbench';

const PROMPT = 'aluno@web-01:~$';

// Monaco and axe are heavy: give each test room on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await sshTo(page, 'web-01');
});

test('sudo nano opens the file in Monaco; Ctrl+S saves it into the world and the dashboard shows the drift', async ({
  page,
}) => {
  const web01 = page.locator('[data-host="web-01"]');
  await expect(web01).toHaveAttribute('data-state', 'in-sync');

  await openInEditor(page, 'sudo nano /etc/loja/loja.ini');
  const editor = page.getByTestId('file-editor');
  await expect(editor.getByRole('heading', { name: 'nano: /etc/loja/loja.ini' })).toBeVisible();
  await expect(editor).toContainText('em web-01, como root');
  // Highlighted as ini: plain text would be one token colour (mtk1) throughout.
  await expect(editor.locator('.view-line span[class^="mtk"]:not(.mtk1)').first()).toBeVisible();
  await appendInEditor(page, '\nworkers = 9');
  await page.keyboard.press('Control+s');

  await expect(editor).toBeHidden();
  await expect(page.getByTestId('editor-notice')).toHaveText('/etc/loja/loja.ini salvo em web-01.');
  // The terminal has the keyboard again, at its prompt.
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
  await atPrompt(page, PROMPT);
  await expect(web01).toHaveAttribute('data-state', 'drifted');
  // The notice is news until the next command.
  await typeCommand(page, 'true');
  await expect(page.getByTestId('editor-notice')).toHaveText('');
  expect(await fileFromEditor(page, '/etc/loja/loja.ini')).toContain('workers = 9');
});

test('Esc (or the Cancel button) discards the edit and the terminal resumes', async ({ page }) => {
  await openInEditor(page, 'sudo vim /etc/loja/loja.ini');
  await appendInEditor(page, '\ndiscard = me');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('file-editor')).toBeHidden();
  await expect(page.getByTestId('editor-notice')).toContainText('sem salvar');
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();

  await openInEditor(page, 'sudo vi /etc/loja/loja.ini');
  await appendInEditor(page, '\ndiscard = me too');
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByTestId('file-editor')).toBeHidden();

  await expect(page.locator('[data-host="web-01"]')).toHaveAttribute('data-state', 'in-sync');
  expect(await fileFromEditor(page, '/etc/loja/loja.ini')).not.toContain('discard');
});

test("nano's own keys: Ctrl+X asks before leaving modified text (Ctrl+C keeps editing, N discards), Ctrl+O saves", async ({
  page,
}) => {
  const editor = page.getByTestId('file-editor');
  await openInEditor(page, 'sudo nano /etc/loja/loja.ini');
  await expect(editor.getByText('Ctrl+O ou Ctrl+S salva e fecha · Ctrl+X sai')).toBeVisible();
  // Ctrl+X is nano's exit, not Monaco's "cut the line": nothing changed, so it just closes.
  await page.keyboard.press('Control+x');
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('editor-notice')).toContainText('sem salvar');

  await openInEditor(page, 'sudo nano /etc/loja/loja.ini');
  await appendInEditor(page, '\nworkers = 7');
  await page.keyboard.press('Control+x');
  const ask = editor.getByRole('group', { name: 'Salvar o arquivo modificado?' });
  await expect(ask.getByRole('button', { name: 'S — Salvar e sair' })).toBeFocused();
  expect(await axeViolations(page), "nano's question").toEqual([]);
  await page.keyboard.press('Control+c');
  await expect(ask).toBeHidden();
  await expect(editor.locator('.view-lines')).toContainText('workers = 7');
  await page.keyboard.press('Control+x');
  await page.keyboard.press('n');
  await expect(editor).toBeHidden();
  expect(await fileFromEditor(page, '/etc/loja/loja.ini')).not.toContain('workers = 7');

  await openInEditor(page, 'sudo nano /etc/loja/loja.ini');
  await appendInEditor(page, '\nworkers = 8');
  await page.keyboard.press('Control+o');
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('editor-notice')).toHaveText('/etc/loja/loja.ini salvo em web-01.');
  expect(await fileFromEditor(page, '/etc/loja/loja.ini')).toContain('workers = 8');

  await openInEditor(page, 'sudo nano /etc/loja/loja.ini');
  await appendInEditor(page, '\nworkers = 9');
  await page.keyboard.press('Control+x');
  await page.keyboard.press('s');
  await expect(editor).toBeHidden();
  expect(await fileFromEditor(page, '/etc/loja/loja.ini')).toContain('workers = 9');
});

test('a save without permission says so and keeps the text; typing in the terminal works after', async ({
  page,
}) => {
  await openInEditor(page, 'nano /etc/nginx/nginx.conf');
  await appendInEditor(page, '\n# mine');
  await page.getByRole('button', { name: 'Salvar' }).click();
  const alert = page.getByTestId('file-editor').getByRole('alert');
  await expect(alert).toContainText('[ Error writing /etc/nginx/nginx.conf: Permission denied ]');
  await expect(page.getByTestId('file-editor')).toBeVisible();
  await page.getByTestId('file-editor').locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await expect(page.getByTestId('file-editor').locator('.view-lines')).toContainText('# mine');
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await typeCommand(page, 'whoami');
  await atPrompt(page, PROMPT);
  expect(await terminalText(page)).toMatch(/whoami\naluno\n/);
});

test('the editor open has no WCAG A/AA violations, in light and dark', async ({ page }) => {
  await openInEditor(page, 'sudo nano /etc/nginx/sites-enabled/loja');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Tema').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
});

test('a drifted file opens in the read-only diff editor from the server detail', async ({ page }) => {
  await openInEditor(page, 'sudo nano /etc/loja/loja.ini');
  await appendInEditor(page, '\nworkers = 9');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-host="web-01"]')).toHaveAttribute('data-state', 'drifted');

  await page.locator('[data-host="web-01"]').click();
  const detail = page.getByTestId('server-detail');
  await expect(detail).toBeVisible();
  expect(await axeViolations(page), 'server detail').toEqual([]);
  const open = detail.getByRole('button', { name: /Abrir \/etc\/loja\/loja\.ini no editor de diferenças/ });
  await open.click();

  const diff = page.getByTestId('diff-editor');
  await expect(diff).toBeVisible();
  await expect(
    diff.getByRole('heading', { name: 'Diferenças de /etc/loja/loja.ini em web-01' }),
  ).toBeVisible();
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible({ timeout: 15_000 });
  await expect(diff.locator('.editor.modified .view-lines')).toContainText('workers = 9');
  await expect(
    diff.getByRole('textbox', { name: /Conteúdo desejado de \/etc\/loja\/loja\.ini/ }),
  ).toHaveCount(1);
  await expect(
    diff.getByRole('textbox', { name: /Conteúdo de \/etc\/loja\/loja\.ini em web-01/ }),
  ).toHaveCount(1);
  expect(await axeViolations(page), 'diff open').toEqual([]);

  await page.keyboard.press('Escape');
  await expect(diff).toBeHidden();
  await expect(detail).toBeVisible();
  await expect(open).toBeFocused();
});
