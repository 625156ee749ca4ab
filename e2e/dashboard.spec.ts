import { axeViolations } from './support/axe';
import { dashboard, onHost, openLab, openTab, promptIs, serverButton } from './support/dashboard';
import { expect, terminalText, test, typeCommand } from './support/fixtures';

test.beforeEach(async ({ page }) => {
  await openLab(page);
});

test('stopping nginx breaks web-01, degrades the prod deployment and flashes the row; starting it heals both', async ({
  page,
}) => {
  const web01 = serverButton(page, 'web-01');
  await expect(web01).toHaveAttribute('data-state', 'in-sync');
  await expect(dashboard(page).locator('[data-count="broken"]')).toHaveText(/0 com falha/);

  await onHost(page, 'web-01', 'sudo systemctl stop nginx');

  await expect(web01).toHaveAttribute('data-state', 'broken');
  await expect(web01).toHaveAccessibleName('web-01: com falha');
  await expect(web01).toHaveAccessibleDescription(/o serviço nginx está parado/);
  await expect(web01).toContainText('✖');
  await expect(web01).toHaveClass(/server-row--changed-/);
  await expect(dashboard(page).locator('[data-count="broken"]')).toHaveText(/1 com falha/);
  await expect(dashboard(page)).toContainText('O último comando mudou: web-01');
  await expect(serverButton(page, 'web-02')).toHaveAttribute('data-state', 'in-sync');
  // The highlight is brief.
  await expect(web01).not.toHaveClass(/server-row--changed-/, { timeout: 4000 });

  await openTab(page, 'Implantações');
  const prod = dashboard(page).locator('article[data-env="prod"]');
  await expect(prod).toHaveAttribute('data-status', 'degraded');
  await expect(prod.getByRole('heading', { name: /Ambiente prod/ })).toContainText('degradada');
  await expect(prod).toContainText('1 servidor de aplicação fora do ar: web-01');
  await expect(prod.locator('tr[data-backend="web-01"]')).toContainText('fora do ar');
  await expect(prod).toContainText('HTTP/1.1 200 OK');
  await expect(dashboard(page).locator('article[data-env="staging"]')).toHaveAttribute(
    'data-status',
    'healthy',
  );

  await typeCommand(page, 'sudo systemctl start nginx');
  await expect(prod).toHaveAttribute('data-status', 'healthy');
  await openTab(page, 'Frota');
  await expect(web01).toHaveAttribute('data-state', 'in-sync');
});

test('a web server that stops serving HTTPS is broken in the fleet view, as the deployments view says', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await onHost(
    page,
    'web-03',
    "sudo sed -i '/ssl on;/d' /etc/nginx/sites-enabled/loja",
    'sudo systemctl restart nginx',
  );
  const reason = 'web-03 não serve HTTPS na porta 443';
  const web03 = serverButton(page, 'web-03');
  await expect(web03).toHaveAttribute('data-state', 'broken');
  await expect(web03).toHaveAccessibleName('web-03: com falha');
  await expect(dashboard(page).locator('[data-count="broken"]')).toHaveText(/1 com falha/);
  await web03.click();
  const detail = page.getByRole('dialog', { name: /Servidor web-03/ });
  await expect(detail).toContainText(reason);
  await expect(detail).not.toContainText('Nenhuma verificação falhou');
  await detail.getByRole('button', { name: 'Fechar' }).click();

  await openTab(page, 'Implantações');
  const prod = dashboard(page).locator('article[data-env="prod"]');
  await expect(prod).toHaveAttribute('data-status', 'degraded');
  const row = prod.locator('tr[data-backend="web-03"]');
  await expect(row).toContainText('fora do ar');
  await expect(row).toContainText(reason);
});

test('under reduced motion a change is not animated', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await onHost(page, 'web-02', 'sudo systemctl stop nginx');
  const web02 = serverButton(page, 'web-02');
  await expect(web02).toHaveAttribute('data-state', 'broken');
  expect(await web02.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('editing a managed file shows drift; the detail opens with the keyboard, shows the diff and closes with Escape', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await onHost(page, 'web-01', 'sudo cp /etc/hostname /etc/apt/apt.conf.d/20auto-upgrades');
  const web01 = serverButton(page, 'web-01');
  await expect(web01).toHaveAttribute('data-state', 'drifted');
  await expect(web01).toHaveAccessibleName('web-01: com desvio');
  await expect(web01).toContainText('desvios: 1');

  await web01.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: /Servidor web-01/ });
  await expect(detail).toBeVisible();
  const row = detail.locator('tr[data-resource="file:/etc/apt/apt.conf.d/20auto-upgrades"]');
  await expect(row).toContainText('modificado');
  await expect(detail.locator('figure.diff')).toContainText('+web-01');
  await expect(detail.locator('.diff__line--add')).toContainText('linha acrescentada: +web-01');
  await expect(detail.getByRole('button', { name: /no editor de diferenças/ })).toBeVisible();
  await expect(detail.getByRole('heading', { name: 'Registro de mudanças deste servidor' })).toBeVisible();
  await expect(detail).toContainText('sudo cp /etc/hostname /etc/apt/apt.conf.d/20auto-upgrades');
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(web01).toBeFocused();
});

test('sed -i on a managed file shows up as drift with its diff', async ({ page }) => {
  await typeCommand(page, 'type sed');
  await promptIs(page, 'aluno@bastion:~$');
  await onHost(page, 'web-01', "sudo sed -i 's/workers = 4/workers = 8/' /etc/loja/loja.ini");
  const web01 = serverButton(page, 'web-01');
  await expect(web01).toHaveAttribute('data-state', 'drifted');
  await web01.click();
  const detail = page.getByRole('dialog', { name: /Servidor web-01/ });
  await expect(detail.locator('.diff__line--del')).toContainText('-workers = 4');
  await expect(detail.locator('.diff__line--add')).toContainText('+workers = 8');
  await detail.getByRole('button', { name: 'Fechar' }).click();
  await expect(detail).toBeHidden();
});

test('the heatmap is a table filtered by environment, role and kind', async ({ page }) => {
  await onHost(page, 'web-02', 'sudo cp /etc/hostname /etc/apt/apt.conf.d/20auto-upgrades');
  await openTab(page, 'Paridade');
  const table = dashboard(page).getByRole('table', { name: /Paridade recurso × servidor/ });
  await expect(table.getByRole('columnheader', { name: /bastion/ })).toBeVisible();

  await dashboard(page).getByLabel('Papel').selectOption('web');
  await dashboard(page).getByLabel('Ambiente').selectOption('prod');
  await expect(table.getByRole('columnheader')).toHaveCount(4); // Resource + web-01..03
  await expect(table.getByRole('columnheader', { name: /bastion/ })).toHaveCount(0);

  await dashboard(page).getByLabel('Tipo de recurso').selectOption('file');
  const row = table.getByRole('row', { name: /20auto-upgrades/ });
  const cell = row.locator('td[data-mark]').nth(1);
  await expect(cell).toHaveAttribute('data-mark', 'both');
  await expect(cell).toContainText('≠◆');
  await expect(cell).toContainText('(difere do desejado');

  await dashboard(page).getByLabel('Só servidores com diferenças').check();
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table.getByRole('columnheader', { name: /web-02/ })).toBeVisible();
  await dashboard(page).getByLabel('Só linhas com diferenças').check();
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('the timeline scrubs back read-only, comes back to now, and restores an earlier step', async ({
  page,
}) => {
  await onHost(page, 'web-03', 'sudo systemctl stop nginx', 'hostname');
  const web03 = serverButton(page, 'web-03');
  await expect(web03).toHaveAttribute('data-state', 'broken');

  await openTab(page, 'Linha do tempo');
  const scrubber = dashboard(page).getByRole('slider', { name: 'Passo da linha do tempo' });
  await expect(scrubber).toHaveAttribute('aria-valuetext', 'passo 4 de 4: hostname');
  await scrubber.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(scrubber).toHaveAttribute('aria-valuetext', 'passo 2 de 4: ssh web-03');
  const banner = dashboard(page).locator('.time-travel');
  await expect(banner).toContainText('Vendo o passo 2 de 4');
  await expect(banner).toContainText('somente leitura');

  await openTab(page, 'Frota');
  await expect(web03).toHaveAttribute('data-state', 'in-sync');
  await banner.getByRole('button', { name: 'Voltar ao agora' }).click();
  await expect(banner).toBeHidden();
  await expect(web03).toHaveAttribute('data-state', 'broken');

  await openTab(page, 'Linha do tempo');
  await dashboard(page)
    .getByRole('button', { name: /ssh web-03/ })
    .click();
  await expect(banner).toContainText('Vendo o passo 2 de 4');
  await banner.getByRole('button', { name: 'Restaurar este passo' }).click();
  await expect(banner).toBeHidden();
  await expect(dashboard(page).locator('.timeline__where')).toHaveText('Passo 2 de 2');
  await openTab(page, 'Frota');
  await expect(web03).toHaveAttribute('data-state', 'in-sync');
  // The shell goes on from the restored world.
  await typeCommand(page, 'systemctl is-active nginx');
  await promptIs(page, 'aluno@web-03:~$');
  expect(await terminalText(page)).toMatch(/is-active nginx\s+active/);
});

test('the fleet is walked with the arrow keys; the tabs with arrows too', async ({ page }) => {
  await serverButton(page, 'bastion').focus();
  await page.keyboard.press('ArrowDown');
  await expect(serverButton(page, 'lb-01')).toBeFocused();
  await page.keyboard.press('End');
  await expect(serverButton(page, 'stg-db-01')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(serverButton(page, 'bastion')).toBeFocused();

  const fleetTab = dashboard(page).getByRole('tab', { name: 'Frota' });
  await fleetTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dashboard(page).getByRole('tab', { name: 'Paridade' })).toBeFocused();
  await expect(dashboard(page).getByRole('tab', { name: 'Paridade' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('End');
  await expect(dashboard(page).getByRole('tab', { name: 'Linha do tempo' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('the main screen has no WCAG A/AA violations in any dashboard view', async ({ page }) => {
  test.setTimeout(180_000);
  await onHost(
    page,
    'web-01',
    'sudo systemctl stop nginx',
    'sudo cp /etc/hostname /etc/apt/apt.conf.d/20auto-upgrades',
  );
  await expect(serverButton(page, 'web-01')).toHaveAttribute('data-state', 'broken');
  expect(await axeViolations(page)).toEqual([]);
  for (const tab of ['Paridade', 'Implantações', 'Linha do tempo']) {
    await openTab(page, tab);
    expect(await axeViolations(page), tab).toEqual([]);
  }
  await dashboard(page).getByRole('slider').focus();
  await page.keyboard.press('Home');
  await expect(dashboard(page).locator('.time-travel')).toBeVisible();
  expect(await axeViolations(page), 'time travel').toEqual([]);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('statuses, the detail and the deployments read in English, with no axe violations', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await onHost(page, 'web-01', 'sudo systemctl stop nginx');
    const web01 = serverButton(page, 'web-01');
    await expect(web01).toHaveAccessibleName('web-01: broken');
    await expect(dashboard(page).locator('[data-count="in-sync"]')).toHaveText(/7 in sync/);
    await web01.click();
    const detail = page.getByRole('dialog', { name: /Server web-01/ });
    await expect(detail).toContainText('service nginx is stopped');
    await expect(detail).toContainText('Last journal lines of nginx');
    expect(await axeViolations(page)).toEqual([]);
    await detail.getByRole('button', { name: 'Close' }).click();
    await openTab(page, 'Deployments');
    await expect(dashboard(page).locator('article[data-env="prod"]')).toContainText('degraded');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the 1,000-server fleet loads from the scenario picker and stays a short, virtualized list', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await dashboard(page).getByLabel('Cenário').selectOption('frota-grande');
  await expect(dashboard(page).locator('[data-count="in-sync"]')).toHaveText(/1000 em sincronia/, {
    timeout: 60_000,
  });
  const rendered = await dashboard(page).locator('button[data-host]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await serverButton(page, 'bastion').focus();
  await page.keyboard.press('End');
  const last = dashboard(page).locator('button[data-host]:focus');
  await expect(last).toHaveAttribute('data-host', /^stg-db-/);

  await onHost(page, 'web-0500', 'sudo systemctl stop nginx');
  await dashboard(page).getByLabel('Mostrar só servidores com falha ou desvio').check();
  await expect(dashboard(page).locator('button[data-host]')).toHaveCount(1);
  await expect(serverButton(page, 'web-0500')).toHaveAttribute('data-state', 'broken');
  expect(await axeViolations(page)).toEqual([]);
});
