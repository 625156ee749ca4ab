import { axeViolations } from './support/axe';
import { expect, focusTerminal, test, typeCommand } from './support/fixtures';
import { atPrompt } from './support/workbench';

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
});

test('language, theme and presenter mode switch from the top bar and are remembered', async ({ page }) => {
  await expect(page).toHaveTitle('DriftLab — infraestrutura mutável na prática');
  const settings = page.getByRole('group', { name: 'Configurações' });
  await settings.getByLabel('Tema').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(13, 17, 23)');

  await settings.getByRole('button', { name: 'Modo apresentação' }).click();
  await expect(settings.getByRole('button', { name: 'Modo apresentação' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect(page.getByRole('region', { name: 'Lição' })).toHaveCount(0);
  await focusTerminal(page);
  await expect(page.locator('.xterm-rows')).toHaveCSS('font-size', '22px');

  await settings.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('group', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('DriftLab — mutable infrastructure, hands on');

  await page.reload();
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(page).toHaveTitle('DriftLab — mutable infrastructure, hands on');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await axeViolations(page), 'dark theme + presenter mode').toEqual([]);

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('region', { name: 'Lesson' })).toBeVisible();
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the theme follows the system until one is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page), 'dark theme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('panes resize by keyboard and keep their sizes after a reload', async ({ page }) => {
  const terminal = page.locator('#terminal-pane');
  const before = (await terminal.boundingBox())?.width ?? 0;
  const separator = page.getByRole('separator', { name: 'Redimensionar Terminal e Painel da frota' });
  await separator.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await terminal.boundingBox())?.width ?? 0).toBeGreaterThan(before + 40);
  const resized = (await terminal.boundingBox())?.width ?? 0;

  await page.reload();
  await atPrompt(page, 'aluno@bastion:~$');
  await expect
    .poll(async () => Math.round((await terminal.boundingBox())?.width ?? 0))
    .toBe(Math.round(resized));
});

test('panes resize with the mouse too', async ({ page }) => {
  const lesson = page.locator('#lesson-pane');
  const before = (await lesson.boundingBox())?.width ?? 0;
  const box = await page.getByRole('separator', { name: 'Redimensionar Lição e Terminal' }).boundingBox();
  if (!box) throw new Error('no separator');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await lesson.boundingBox())?.width ?? 0).toBeGreaterThan(before + 100);
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('show one pane at a time behind tabs that arrows move between', async ({ page }) => {
    const tabs = page.getByRole('tablist', { name: 'Painéis' });
    const terminalTab = tabs.getByRole('tab', { name: 'Terminal' });
    await expect(terminalTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#terminal-pane')).toBeVisible();
    // The first screen renders only what it shows: the lesson and dashboard mount when first opened.
    await expect(page.locator('#lesson-pane')).toHaveCount(0);
    await expect(page.locator('#dashboard-pane')).toHaveCount(0);

    await terminalTab.focus();
    await page.keyboard.press('ArrowRight');
    const dashboardTab = tabs.getByRole('tab', { name: 'Painel da frota' });
    await expect(dashboardTab).toBeFocused();
    await expect(dashboardTab).toHaveAttribute('aria-selected', 'true');
    await expect(dashboardTab).toHaveAttribute('tabindex', '0');
    await expect(terminalTab).toHaveAttribute('tabindex', '-1');
    await expect(page.locator('#dashboard-pane')).toBeVisible();
    await expect(page.locator('#terminal-pane')).toBeHidden();
    expect(await axeViolations(page), 'narrow layout').toEqual([]);

    await page.keyboard.press('Home');
    await expect(tabs.getByRole('tab', { name: 'Lição' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#lesson-pane')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(dashboardTab).toHaveAttribute('aria-selected', 'true');
    // Once shown, a pane stays mounted behind its tab (its scroll position and state kept).
    await expect(page.locator('#lesson-pane')).toBeHidden();
    await expect(page.locator('#lesson-pane')).toHaveCount(1);

    // The terminal kept its session while hidden; the skip link brings it back with the keyboard in it.
    await page.keyboard.press('End');
    await terminalTab.click();
    await typeCommand(page, 'hostname');
    await atPrompt(page, 'aluno@bastion:~$');
    await dashboardTab.click();
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect(terminalTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
    await expect(page.locator('.xterm-rows')).toContainText('hostname');
  });

  test('keep the terminal’s screen when the window widens', async ({ page }) => {
    await typeCommand(page, 'echo lembrar');
    await atPrompt(page, 'aluno@bastion:~$');
    await page.setViewportSize({ width: 1300, height: 900 });
    await expect(page.getByRole('tablist', { name: 'Painéis' })).toHaveCount(0);
    await atPrompt(page, 'aluno@bastion:~$');
    await expect(page.locator('.xterm-rows')).toContainText('echo lembrar');
  });
});

test('the transcript gives screen readers each command and its output', async ({ page }) => {
  const log = page.getByRole('log', { name: 'Transcrição do terminal' });
  await expect(log).toHaveAttribute('aria-live', 'polite');
  await typeCommand(page, 'whoami');
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(log).toContainText('aluno@bastion:~$ whoami');
  await expect(log.locator('pre').last()).toHaveText('aluno\n');
  await typeCommand(page, 'ls /nao-existe');
  await expect(log).toContainText('No such file or directory');
});

test('xterm’s own screen reader mode is a setting, remembered', async ({ page }) => {
  const toggle = page.getByRole('checkbox', { name: 'Modo leitor de tela do terminal' });
  await toggle.check();
  await expect(page.locator('.xterm-accessibility')).toHaveCount(1);
  await expect(page.getByRole('log', { name: 'Transcrição do terminal' })).toHaveAttribute(
    'aria-live',
    'off',
  );
  await typeCommand(page, 'whoami');
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(page.locator('.xterm-accessibility-tree')).toContainText('aluno');
  expect(await axeViolations(page), 'screen reader mode').toEqual([]);
  await page.reload();
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(page.getByRole('checkbox', { name: 'Modo leitor de tela do terminal' })).toBeChecked();
  await expect(page.locator('.xterm-accessibility')).toHaveCount(1);
});

test('focus is visible on every control reached with Tab', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Idioma')).toBeFocused();
  await expect(page.getByLabel('Idioma')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Modo apresentação' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Modo apresentação' })).toHaveCSS('outline-style', 'solid');
});
