import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, focusTerminal, terminalText, test, typeCommand, unfoldSettings } from './support/fixtures';
import { atPrompt } from './support/workbench';

// Keyboard-only paths a tester walked: out of the terminal (no keyboard trap), and where the focus lands when
// a mission starts from the lesson or the "switch missions?" question is answered.

test.describe.configure({ timeout: 120_000 });

// In sight beside the terminal's title, and in full as its accessible description.
const KEYS_PT = 'Tab completa · sair do terminal: Shift+Tab, ou Esc e depois Tab';
const HELP_PT =
  'Tab completa comandos. Para sair do terminal: Shift+Tab vai ao controle anterior; Esc e depois Tab, ao próximo.';
const KEYS_EN = 'Tab completes · leave the terminal: Shift+Tab, or Esc then Tab';
const HELP_EN =
  'Tab completes commands. To leave the terminal: Shift+Tab goes to the previous control; Esc then Tab, to the next one.';

const separator = (page: Page, name: string) => page.getByRole('separator', { name });
const lineEndsWith = async (page: Page, end: string) =>
  expect
    .poll(async () => (await terminalText(page)).trimEnd(), { timeout: 20_000 })
    .toMatch(new RegExp(`${end}$`));

test('the terminal lets the keyboard out: Shift+Tab back, Escape then Tab on to the dashboard; Tab still completes', async ({
  page,
}) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await focusTerminal(page);
  const input = page.locator('.xterm-helper-textarea');
  // The way out is in sight beside the terminal's title, and it is the terminal's description.
  await expect(page.locator('#terminal-pane').getByText(KEYS_PT)).toBeVisible();
  await expect(input).toHaveAccessibleDescription(HELP_PT);

  await page.keyboard.type('systemc', { delay: 5 });
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await lineEndsWith(page, '\\$ systemctl');

  await page.keyboard.press('Shift+Tab');
  const before = separator(page, 'Redimensionar Lição e Terminal');
  await expect(before).toBeFocused();
  await expect(before).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(separator(page, 'Redimensionar Terminal e Painel da frota')).toBeFocused();
  await page.keyboard.press('Tab');
  const scenario = page.locator('#dashboard-pane').getByRole('combobox', { name: 'Cenário' });
  await expect(scenario).toBeFocused();
  await expect(scenario).toHaveCSS('outline-style', 'solid');
  // Leaving typed nothing: the line is as it was.
  await lineEndsWith(page, '\\$ systemctl');

  // Back in by keyboard, Tab completes again (an Escape before leaving does not linger).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('resta', { delay: 5 });
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await lineEndsWith(page, '\\$ systemctl restart');
  await page.keyboard.press('Control+C');

  await page.getByRole('group', { name: 'Configurações' }).getByLabel('Idioma').selectOption('en');
  await expect(page.locator('#terminal-pane').getByText(KEYS_EN)).toBeVisible();
  await expect(input).toHaveAccessibleDescription(HELP_EN);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('before xterm has loaded', () => {
  // The service worker would serve xterm's chunk from its cache, out of the test's reach.
  test.use({ serviceWorkers: 'block' });

  test('the light stand-in has the same way out, keeps a Tab for completion, and xterm does not take the focus back', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/XtermTerminal-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    const standIn = page.locator('.terminal-placeholder');
    await standIn.focus();
    await expect(standIn).toHaveAccessibleDescription(HELP_PT);
    await expect(page.getByText(KEYS_PT)).toBeVisible();
    await page.keyboard.type('ech', { delay: 5 });
    await page.keyboard.press('Tab');
    await expect(standIn).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(separator(page, 'Redimensionar Lição e Terminal')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(standIn).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const after = separator(page, 'Redimensionar Terminal e Painel da frota');
    await expect(after).toBeFocused();

    // xterm arrives with the keys typed meanwhile (the Tab completed `ech`), and leaves the focus where it is.
    release();
    await expect(page.locator('.xterm-rows')).toBeVisible({ timeout: 30_000 });
    await lineEndsWith(page, '\\$ echo');
    await expect(after).toBeFocused();
  });
});

for (const { name, viewport, locale, link, title, missions } of [
  {
    name: 'wide, pt-BR',
    viewport: { width: 1440, height: 900 },
    locale: 'pt-BR',
    link: 'Pratique: missão «Conheça a frota»',
    title: 'Conheça a frota',
    missions: 'Missões',
  },
  {
    name: 'phone, English',
    viewport: { width: 390, height: 844 },
    locale: 'en',
    link: 'Practice: mission “Meet the fleet”',
    title: 'Meet the fleet',
    missions: 'Missions',
  },
]) {
  test.describe(name, () => {
    test.use({ viewport });

    test('a mission started from the lesson, on a first visit, puts the keyboard on its title', async ({
      page,
    }) => {
      await page.goto('/');
      if (locale === 'en') {
        await unfoldSettings(page);
        await page.getByRole('group', { name: 'Configurações' }).getByLabel('Idioma').selectOption('en');
      }
      if (viewport.width < 900)
        await page.getByRole('tab', { name: locale === 'en' ? 'Lesson' : 'Lição' }).click();
      // The missions' panel was never opened: it mounts (and loads) only now.
      await expect(page.getByTestId('missions-panel')).toHaveCount(0);
      await page.getByRole('link', { name: link }).first().focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { name: title, level: 3 });
      await expect(heading).toBeFocused({ timeout: 30_000 });
      await expect(heading).toBeInViewport();
      await expect(heading).toHaveCSS('outline-style', 'solid');
      await expect(page.getByRole('tab', { name: missions })).toHaveAttribute('aria-selected', 'true');
    });
  });
}

test('“Trocar de missão?”: staying or Escape returns to the mission in progress, switching lands on the new one', async ({
  page,
}) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await typeCommand(page, 'mission start meet-the-fleet');
  await atPrompt(page, 'aluno@bastion:~$');
  await typeCommand(page, 'ls');
  await atPrompt(page, 'aluno@bastion:~$');
  const tabs = page.getByRole('tablist', { name: 'Lição e missões' });
  const current = page.getByRole('heading', { name: 'Conheça a frota', level: 3 });
  const dialog = page.getByRole('dialog', { name: 'Trocar de missão?' });
  const askFromLesson = async () => {
    await tabs.getByRole('tab', { name: 'Leitura' }).click();
    await page.getByRole('link', { name: 'Pratique: missão «O hotfix que derivou»' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Continuar em “Conheça a frota”' })).toBeFocused();
  };

  await askFromLesson();
  expect(await axeViolations(page), 'the switch dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(current).toBeFocused();
  await expect(current).toHaveCSS('outline-style', 'solid');

  await askFromLesson();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(current).toBeFocused();

  await askFromLesson();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const next = page.getByRole('heading', { name: 'O hotfix que derivou', level: 3 });
  await expect(next).toBeFocused();
  await expect(next).toBeInViewport();
});
