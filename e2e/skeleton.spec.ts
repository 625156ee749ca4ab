import { axeViolations } from './support/axe';
import { expect, terminalText, test, typeCommand, waitForPrompt } from './support/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForPrompt(page, 'aluno@bastion:~$');
});

test('stopping nginx on web-01 from the terminal marks web-01 broken; starting it heals it', async ({
  page,
}) => {
  const web01 = page.locator('[data-host="web-01"]');
  await expect(web01).toHaveAttribute('data-status', 'healthy');

  await typeCommand(page, 'ssh web-01');
  await waitForPrompt(page, 'aluno@web-01:~$');
  await typeCommand(page, 'sudo systemctl stop nginx');
  await waitForPrompt(page, 'aluno@web-01:~$');

  await expect(web01).toHaveAttribute('data-status', 'broken');
  await expect(web01).toHaveAccessibleName(/web-01: com falha/);
  await expect(web01).toContainText('o serviço nginx está parado');
  await expect(page.locator('[data-host="web-02"]')).toHaveAttribute('data-status', 'healthy');

  await typeCommand(page, 'sudo systemctl start nginx');
  await expect(web01).toHaveAttribute('data-status', 'healthy');
  await typeCommand(page, 'exit');
  await waitForPrompt(page, 'aluno@bastion:~$');
  expect(await terminalText(page)).toContain('Connection to web-01 closed.');
});

test('the terminal answers like a Debian box', async ({ page }) => {
  await typeCommand(page, 'whoami');
  await typeCommand(page, 'hostname');
  await typeCommand(page, 'cat /etc/hostname');
  await typeCommand(page, 'systemctl stop nginx');
  await typeCommand(page, 'sl');
  await waitForPrompt(page, 'aluno@bastion:~$');
  const text = await terminalText(page);
  // The lab's own greeting speaks the learner's language; the tools answer as on a real Debian box.
  expect(text).toContain('Digite help para ver os comandos');
  expect(text).toContain('aluno\n');
  expect(text).toMatch(/bastion\n.*bastion\n/s);
  expect(text).toContain('bash: sl: command not found');
});

test('the lesson renders from Markdown and the language can be switched', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 3, name: /Infraestrutura mutável/i })).toBeVisible();
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Fleet dashboard' })).toBeVisible();
  await expect(page.locator('.lesson h3').first()).toContainText(/Mutable infrastructure/i);
});

test('the page has no WCAG A/AA violations', async ({ page }) => {
  expect(await axeViolations(page)).toEqual([]);
});

test('a first visit: the terminal loads when the learner reaches for it, and no key typed meanwhile is lost', async ({
  page,
}) => {
  // Nothing heavy loads while the learner only reads: the light terminal shows the greeting and the prompt.
  await expect(page.locator('.terminal-placeholder')).toBeVisible();
  await expect(page.locator('.xterm-rows')).toHaveCount(0);
  // Click and type at once, as a learner does, before xterm and the shell have arrived.
  await page.locator('.terminal-placeholder').click();
  await page.keyboard.type('echo chegou-inteiro', { delay: 2 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.xterm-rows')).toContainText('chegou-inteiro\n', { useInnerText: true });
  await waitForPrompt(page, 'aluno@bastion:~$');
  expect(await terminalText(page)).toMatch(/\$ echo chegou-inteiro\nchegou-inteiro\n/);
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a mission started from the lesson before the terminal loads is wrapped to the terminal, word by word', async ({
    page,
  }) => {
    const panes = page.getByRole('tablist', { name: 'Painéis' });
    await panes.getByRole('tab', { name: 'Lição' }).click();
    await page.getByRole('link', { name: /Pratique: missão «O hotfix que derivou»/ }).click();
    await panes.getByRole('tab', { name: 'Terminal' }).click();
    await expect(page.locator('.xterm-rows')).toContainText('Lista de verificação', { timeout: 30_000 });
    const rows = (await page.locator('.xterm-rows > div').allTextContents()).map((r) => r.trimEnd());
    const words = new Set(rows.flatMap((r) => r.split(/\s+/)));
    // The briefing was wrapped at word boundaries for the phone's width, not for 80 columns and then
    // broken again by the narrower terminal: every word is whole on some row.
    const paragraph =
      'A equipe decidiu: o valor do manifesto continua valendo. Se um dia for preciso mudá-lo, a mudança vai para o manifesto e chega a todos os servidores, não a um só.';
    const broken = paragraph.split(' ').filter((word) => !words.has(word));
    expect(broken, rows.join('\n')).toEqual([]);
  });
});

test.describe('settings on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fold under one button that opens them, leaving the screen to the panes', async ({ page }) => {
    const toggle = page.getByRole('button', { name: 'Configurações' });
    const settings = page.getByRole('group', { name: 'Configurações' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(settings).toBeHidden();
    const headerHeight = await page.locator('header.topbar').evaluate((el) => el.clientHeight);
    expect(headerHeight, 'the top bar is one row').toBeLessThan(80);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await settings.getByLabel('Idioma').selectOption('en');
    await expect(page.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('group', { name: 'Settings' })).toBeHidden();
  });
});
