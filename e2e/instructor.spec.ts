import { axeViolations } from './support/axe';
import { dashboard, onHost, openLab, openTab, serverButton } from './support/dashboard';
import { expect, terminalText, test } from './support/fixtures';
import { authorEditorReady, openInstructorTab, setAuthorText } from './support/instructor';

test.beforeEach(async ({ page }) => {
  await openLab(page);
});

test('chaos: a hotfix on two web servers drifts them, shows in the timeline, and undo reverts it', async ({
  page,
}) => {
  await openInstructorTab(page, 'Caos');
  const panel = page.getByTestId('instructor-chaos');
  await panel.getByRole('checkbox', { name: 'web-01', exact: true }).check();
  await panel.getByRole('checkbox', { name: 'web-03', exact: true }).check();
  await panel.getByRole('radio', { name: /Hotfix de um colega/ }).check();
  await panel.getByRole('button', { name: 'Disparar em 2 servidores' }).click();

  await expect(panel.getByRole('status')).toContainText('aconteceu em web-01, web-03');
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'drifted');
  await expect(serverButton(page, 'web-03')).toHaveAttribute('data-state', 'drifted');
  await expect(serverButton(page, 'web-02')).toHaveAttribute('data-state', 'in-sync');
  await openTab(page, 'Linha do tempo');
  await expect(dashboard(page)).toContainText('chaos: hotfix @ web-01, web-03');
  expect(await axeViolations(page)).toEqual([]);

  await panel.getByRole('button', { name: 'Desfazer o último caos' }).click();
  await openTab(page, 'Frota');
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'in-sync');
  await expect(serverButton(page, 'web-03')).toHaveAttribute('data-state', 'in-sync');
});

test('chaos: a disk filled to the percentage set; a value out of range fires nothing', async ({ page }) => {
  await openInstructorTab(page, 'Caos');
  const panel = page.getByTestId('instructor-chaos');
  await panel.getByRole('checkbox', { name: 'db-01', exact: true }).check();
  await panel.getByRole('radio', { name: 'Disco enchendo' }).check();
  const percent = panel.getByLabel('Ocupação do disco (%)');
  await expect(percent).toHaveValue('98.5');
  await percent.fill('150');
  await expect(percent).toHaveAttribute('aria-invalid', 'true');
  await panel.getByRole('button', { name: 'Disparar em 1 servidor' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'Ocupação do disco (%): use um número de 50 a 100 (passo 0.5). Nada foi disparado.',
  );
  await expect(serverButton(page, 'db-01')).toHaveAttribute('data-state', 'in-sync');

  await percent.fill('99');
  await expect(percent).toHaveAttribute('aria-invalid', 'false');
  await panel.getByRole('button', { name: 'Disparar em 1 servidor' }).click();
  await expect(panel.getByRole('status')).toContainText(
    'Disco enchendo (Ocupação do disco (%): 99): aconteceu em db-01.',
  );
  await expect(serverButton(page, 'db-01')).toHaveAttribute('data-state', 'broken');
  await openTab(page, 'Linha do tempo');
  await expect(dashboard(page)).toContainText('chaos: disk-fill percent=99 @ db-01');
  expect(await axeViolations(page)).toEqual([]);

  // The certificate's days are their own value; the disk's stays as typed.
  await panel.getByRole('radio', { name: 'Certificado expirando' }).check();
  await expect(panel.getByLabel(/Dias até o certificado expirar/)).toHaveValue('0');
  await panel.getByRole('radio', { name: 'Disco enchendo' }).check();
  await expect(percent).toHaveValue('99');

  await panel.getByRole('button', { name: 'Desfazer o último caos' }).click();
  await openTab(page, 'Frota');
  await expect(serverButton(page, 'db-01')).toHaveAttribute('data-state', 'in-sync');
});

test('authoring: an error is marked inline, fixed, previewed and used in the lab', async ({ page }) => {
  // Monaco, its JSON worker and axe on a shared machine: more than the default minute.
  test.slow();
  await openInstructorTab(page, 'Cenários e missões');
  await authorEditorReady(page);
  const author = page.getByTestId('instructor-author');
  // Written as an instructor would, one server per line.
  const doc = (role: string) => `{
  "format": "driftlab-scenario",
  "version": 1,
  "id": "aula-tres",
  "title": { "pt-BR": "Aula três", "en": "Lesson three" },
  "seed": 3,
  "servers": [
    { "hostname": "bastion", "env": "mgmt", "role": "bastion", "ip": "10.0.0.10" },
    { "hostname": "web-01", "env": "prod", "role": "${role}", "ip": "10.0.1.11" },
    { "hostname": "db-01", "env": "prod", "role": "db", "ip": "10.0.1.20" }
  ],
  "events": [{ "hoursBefore": 5, "kind": "hotfix", "host": "web-01" }]
}
`;
  const editor = page.getByTestId('author-editor');
  await setAuthorText(page, doc('wbe'));
  await page.keyboard.press('Control+Home');
  // Monaco's JSON worker marks the wrong role against the schema; zod's check lists it too.
  await expect(editor.locator('.squiggly-error').first()).toBeVisible({ timeout: 15_000 });
  await expect(author.getByTestId('doc-error')).toContainText('servers.1.role');
  await expect(author.getByRole('button', { name: 'Usar este cenário no laboratório' })).toHaveCount(0);

  await setAuthorText(page, doc('web'));
  await expect(author.getByTestId('doc-valid')).toBeVisible();
  await expect(editor.locator('.squiggly-error')).toHaveCount(0);
  // Completion from the schema: a new property at the top suggests the optional ones left.
  await editor.getByRole('textbox').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('ageDays');
  await page.keyboard.press('Escape');
  const preview = author.getByRole('table');
  await expect(preview.getByRole('row', { name: /web-01/ })).toContainText('com desvio');
  await expect(preview.getByRole('row', { name: /db-01/ })).toContainText('em sincronia');
  expect(await axeViolations(page)).toEqual([]);

  await author.getByRole('button', { name: 'Usar este cenário no laboratório' }).click();
  await expect(author).toContainText('O laboratório recomeçou em Aula três');
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'drifted');
  await expect(serverButton(page, 'db-01')).toBeVisible();
  await expect(serverButton(page, 'web-02')).toHaveCount(0);
});

test('share links: a link made here opens in a new page after confirmation', async ({ page, context }) => {
  await openInstructorTab(page, 'Links');
  await page.getByRole('button', { name: 'Criar link' }).click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/#share=[A-Za-z0-9+\-$]+$/);
  await expect(page.getByTestId('instructor-share')).toContainText(/de 32768 caracteres/);

  const other = await context.newPage();
  await other.goto(url);
  const dialog = other.getByRole('dialog', { name: 'Abrir um link compartilhado' });
  await expect(dialog).toContainText('Cenário “Minha frota”');
  expect(await axeViolations(other)).toEqual([]);
  await dialog.getByRole('button', { name: 'Abrir no laboratório' }).click();
  await expect(dialog).toBeHidden();
  await expect(other.locator('.dash select').first()).toContainText('minha-frota');
  // The sample's story: a colleague's hotfix on web-02 last night.
  await expect(serverButton(other, 'web-02')).toHaveAttribute('data-state', 'drifted');
  expect(new URL(other.url()).hash).toBe('');
});

test('share links: a cut-short link says why and changes nothing', async ({ page, context }) => {
  await openInstructorTab(page, 'Links');
  await page.getByRole('button', { name: 'Criar link' }).click();
  const url = await page.getByTestId('share-url').inputValue();

  const other = await context.newPage();
  await other.goto(url.slice(0, url.length - 60));
  const dialog = other.getByRole('dialog', { name: 'Este link não pôde ser aberto' });
  await expect(dialog.getByRole('alert')).toContainText(/incompleto|não é JSON/);
  await expect(dialog).toContainText('Nada no seu laboratório foi alterado.');
  await dialog.getByRole('button', { name: 'Fechar' }).click();
  await expect(serverButton(other, 'web-02')).toHaveAttribute('data-state', 'in-sync');
  await expect(other.locator('.dash select').first()).toContainText('Frota tradicional');
});

test('playback: a three-line script typed step by step, and back', async ({ page }) => {
  await openInstructorTab(page, 'Roteiro');
  const panel = page.getByTestId('instructor-playback');
  await panel
    .getByLabel('Roteiro de comandos')
    .fill('# demo\nssh web-01\nsudo sed -i "s/timeout = 30/timeout = 99/" /etc/loja/loja.ini\nexit\n');
  await panel.getByRole('button', { name: 'Usar este roteiro' }).click();
  const position = panel.getByTestId('playback-position');
  await expect(position).toHaveText('Passo 0 de 3.');
  await expect(panel.locator('li[aria-current="step"]')).toHaveText('ssh web-01');

  await panel.getByRole('button', { name: 'Próximo ▶' }).click();
  await expect(position).toHaveText('Passo 1 de 3.');
  await expect.poll(() => terminalText(page)).toContain('aluno@web-01:~$');

  // The shortcut works with the focus in the terminal.
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(position).toHaveText('Passo 2 de 3.');
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'drifted');

  await panel.getByRole('button', { name: /Anterior/ }).click();
  await expect(position).toHaveText('Passo 1 de 3.');
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'in-sync');

  await panel.getByRole('button', { name: 'Reproduzir' }).click();
  await expect(position).toHaveText('Passo 3 de 3.', { timeout: 20_000 });
  await expect.poll(async () => (await terminalText(page)).trimEnd().endsWith('aluno@bastion:~$')).toBe(true);
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'drifted');
});

test('playback: a playing script goes on behind other tabs, pauses from the header, keeps its place', async ({
  page,
}) => {
  await openInstructorTab(page, 'Roteiro');
  const panel = page.getByTestId('instructor-playback');
  const script = Array.from({ length: 10 }, (_, i) => `echo passo-${i + 1}`).join('\n');
  await panel.getByLabel('Roteiro de comandos').fill(script);
  await panel.getByRole('button', { name: 'Usar este roteiro' }).click();
  const speed = panel.getByLabel('Velocidade');
  await speed.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(speed).toHaveAttribute('aria-valuetext', '0.5×');
  await panel.getByRole('button', { name: 'Reproduzir' }).click();

  // On another tab the header says where the script is, and it keeps typing.
  await openInstructorTab(page, 'Caos');
  const indicator = page.getByTestId('playback-indicator');
  await expect(indicator).toContainText('Roteiro · Passo');
  await expect(indicator).toContainText('Passo 2 de 10.', { timeout: 20_000 });
  await expect.poll(() => terminalText(page)).toContain('passo-2');
  expect(await axeViolations(page), 'the header with a script playing').toEqual([]);

  // Paused by keyboard from the header: it stops where it is.
  await indicator.getByRole('button', { name: 'Pausar' }).focus();
  await page.keyboard.press('Enter');
  const pausedAt = await indicator.getByRole('button', { name: /Roteiro · Passo/ }).textContent();
  await expect(indicator.getByRole('button', { name: 'Reproduzir' })).toBeVisible();
  await page.waitForTimeout(2500);
  await expect(indicator.getByRole('button', { name: /Roteiro · Passo/ })).toHaveText(pausedAt ?? '');
  const done = Number(/Passo (\d+) de 10/.exec(pausedAt ?? '')?.[1]);
  expect(done).toBeGreaterThanOrEqual(2);
  expect(done).toBeLessThan(10);

  // Closing and reopening the panel keeps the script and its place; the header leads back to it.
  await page.getByTestId('instructor-panel').getByRole('button', { name: 'Fechar' }).click();
  await expect(page.getByTestId('instructor-panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Instrutor' }).click();
  await indicator.getByRole('button', { name: /Roteiro · Passo/ }).click();
  await expect(page.getByRole('tab', { name: 'Roteiro' })).toHaveAttribute('aria-selected', 'true');
  await expect(indicator).toHaveCount(0);
  await expect(panel.getByLabel('Roteiro de comandos')).toHaveValue(script);
  await expect(panel.getByTestId('playback-position')).toHaveText(`Passo ${done} de 10.`);
  await expect(speed).toHaveAttribute('aria-valuetext', '0.5×');

  // Faster now; the shortcut plays it on from another tab, to the end.
  await speed.fill('4');
  await expect(speed).toHaveAttribute('aria-valuetext', '8×');
  await openInstructorTab(page, 'Links');
  await page.keyboard.press('Alt+Shift+P');
  await expect(indicator.getByRole('button', { name: 'Pausar' })).toBeVisible();
  await expect(indicator).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(() => terminalText(page)).toContain('passo-10');
  await openInstructorTab(page, 'Roteiro');
  await expect(panel.getByTestId('playback-position')).toHaveText('Passo 10 de 10.');
});

test('share links: the current world travels with its changes', async ({ page, context }) => {
  await onHost(page, 'web-01', 'sudo systemctl stop nginx');
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'broken');
  await openInstructorTab(page, 'Links');
  const share = page.getByTestId('instructor-share');
  await share.getByRole('checkbox', { name: 'O cenário do editor' }).uncheck();
  await share.getByRole('checkbox', { name: /O mundo atual do laboratório/ }).check();
  await share.getByRole('button', { name: 'Criar link' }).click();
  const url = await share.getByTestId('share-url').inputValue();

  const other = await context.newPage();
  await other.goto(url);
  const dialog = other.getByRole('dialog', { name: 'Abrir um link compartilhado' });
  await expect(dialog).toContainText('o mundo de quem compartilhou');
  await dialog.getByRole('button', { name: 'Abrir no laboratório' }).click();
  await expect(serverButton(other, 'web-01')).toHaveAttribute('data-state', 'broken');
  await expect(serverButton(other, 'web-02')).toHaveAttribute('data-state', 'in-sync');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: 'en-US' });

  test('the tools sit under the panes, which keep their height; the tabs are one row; chaos reaches the dashboard', async ({
    page,
  }) => {
    await openInstructorTab(page, 'Chaos');
    const tabs = page.getByTestId('instructor-panel').getByRole('tab');
    const tops = await tabs.evaluateAll((all) =>
      all.map((tab) => Math.round(tab.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size, 'every tab on the same row').toBe(1);
    const terminalHeight = await page.locator('#pane-panel-terminal').evaluate((el) => el.clientHeight);
    expect(terminalHeight, 'the terminal keeps a usable height').toBeGreaterThan(844 * 0.4);

    const panel = page.getByTestId('instructor-chaos');
    await panel.getByRole('checkbox', { name: 'web-02', exact: true }).check();
    await panel.getByRole('button', { name: 'Fire on 1 server' }).click();
    await expect(panel.getByRole('status')).toContainText('happened on web-02');
    await page.getByRole('tab', { name: 'Fleet dashboard' }).click();
    await expect(serverButton(page, 'web-02')).toHaveAttribute('data-state', 'drifted');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the dock’s top edge gives the panes more height, dragged or by keyboard, and keeps it', async ({
    page,
  }) => {
    await openInstructorTab(page, 'Caos');
    const terminal = page.locator('.terminal-host');
    const before = (await terminal.boundingBox())?.height ?? 0;
    const splitter = page.getByRole('separator', { name: 'Altura das ferramentas do instrutor' });
    const bar = await splitter.boundingBox();
    if (!bar) throw new Error('no splitter');
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2, 720 * 0.75, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => (await terminal.boundingBox())?.height ?? 0, { message: 'dragged down' })
      .toBeGreaterThan(before + 100);
    await expect(splitter).toHaveAttribute('aria-valuenow', '25');

    await splitter.focus();
    await page.keyboard.press('Home');
    await expect(splitter).toHaveAttribute('aria-valuenow', '15');
    await page.keyboard.press('ArrowUp');
    await expect(splitter).toHaveAttribute('aria-valuenow', '20');
    // The tools stay usable at their smallest: the tabs and Close are still there.
    await expect(page.getByRole('button', { name: 'Fechar' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Remembered, like the panes' widths: the next visit opens the tools at that height.
    await page.reload();
    await openInstructorTab(page, 'Caos');
    await expect(splitter).toHaveAttribute('aria-valuenow', '20');
    const dock = await page.getByTestId('instructor-panel').boundingBox();
    expect(Math.round(dock?.height ?? 0)).toBe(Math.round(720 * 0.2));
  });
});
