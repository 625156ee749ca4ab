import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { openLab } from './support/dashboard';
import { expect, test, typeCommand } from './support/fixtures';
import { learnerSeed, solutionFor, typeCounted } from './support/missions';

/** Opens the learner's files from the settings bar, as a learner clicks it. */
async function openLearnerFiles(page: Page) {
  await page.getByRole('button', { name: /^(Sessão e progresso|Session and progress)$/ }).click();
  const dialog = page.getByRole('dialog', {
    name: /Sua sessão e seu progresso|Your session and your progress/,
  });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test.beforeEach(async ({ page }) => {
  await openLab(page);
});

test('a learner solves a mission and exports the session for grading, as Markdown and JSON', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'Missões' }).click();
  const seed = await learnerSeed(page);
  await typeCommand(page, 'mission start meet-the-fleet');
  await expect(page.locator('.active-mission__status')).toContainText('Comandos: 0');
  await typeCounted(page, ['ls /nao-existe', ...solutionFor('meet-the-fleet', seed)], /Comandos/);
  await expect(page.locator('.mission-list__item.is-solved')).toHaveCount(1);

  const dialog = await openLearnerFiles(page);
  await expect(dialog.getByTestId('session-count')).toContainText(
    `Comandos registrados: ${solutionFor('meet-the-fleet', seed).length + 2}`,
  );
  await dialog.getByLabel('Seu nome (opcional)').fill('Ana <b>Souza</b>');
  expect(await axeViolations(page), 'the learner files dialog').toEqual([]);

  const json = await downloaded(page, () => dialog.getByRole('button', { name: 'Baixar JSON' }).click());
  expect(json.name).toMatch(/^driftlab-sessao-ana-b-souza-b-\d{4}-\d\d-\d\d\.json$/);
  const session = JSON.parse(json.text);
  expect(session).toMatchObject({
    format: 'driftlab-session-log',
    version: 1,
    learner: { name: 'Ana <b>Souza</b>' },
    seed,
    locale: 'pt-BR',
  });
  const failed = session.log.commands.find((c: { line: string }) => c.line === 'ls /nao-existe');
  expect(failed).toMatchObject({ exitCode: 2, mission: 'meet-the-fleet', host: 'bastion', outputCut: false });
  expect(failed.output).toContain('No such file or directory');
  const result = session.missions.find((m: { id: string }) => m.id === 'meet-the-fleet');
  expect(result).toMatchObject({ status: 'solved', attempts: 1, hintsUsed: 0, solutionRevealed: false });
  expect(Date.parse(result.solvedAt)).toBeGreaterThan(Date.parse(session.log.startedAt));

  const md = await downloaded(page, () => dialog.getByRole('button', { name: 'Baixar Markdown' }).click());
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toContain('# Sessão DriftLab — Ana \\<b\\>Souza\\</b\\>');
  expect(md.text).toMatch(/\| Conheça a frota \| Resolvida \| 1 \|/);
  expect(md.text).toContain('### Conheça a frota');
  expect(md.text).toMatch(
    /```console\n\$ ls \/nao-existe\nls: cannot access '\/nao-existe': No such file or directory\n```/,
  );
  expect(md.text).not.toContain('\u001b');

  // Escape closes the dialog and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sessão e progresso' })).toBeFocused();
});

test('progress: export, start over with confirmation, restore, import a file, refuse a bad one', async ({
  page,
}) => {
  await typeCommand(page, 'mission start meet-the-fleet');
  await typeCommand(page, 'drift');
  const dialog = await openLearnerFiles(page);
  const summary = dialog.getByTestId('progress-summary');
  await expect(summary).toHaveText('0 resolvidas, 1 em andamento.');
  const saved = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Exportar progresso' }).click(),
  );
  expect(JSON.parse(saved.text)).toMatchObject({ format: 'driftlab-progress', version: 1 });

  // Start over: Escape in the confirmation changes nothing; confirming (keyboard only) erases.
  await dialog.getByRole('button', { name: 'Recomeçar do zero…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Recomeçar do zero' });
  await expect(confirm).toContainText('Apagar todo o seu progresso (0 resolvidas, 1 em andamento)?');
  // The first thing focused is the safe one: a copy to download before erasing.
  await expect(confirm.getByRole('button', { name: 'Baixar uma cópia antes' })).toBeFocused();
  expect(await axeViolations(page), 'the reset confirmation').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(summary).toHaveText('0 resolvidas, 1 em andamento.');
  await dialog.getByRole('button', { name: 'Recomeçar do zero…' }).click();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Cancelar' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Apagar meu progresso' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText('0 resolvidas, 0 em andamento.');
  await expect(dialog.getByRole('status')).toHaveText(/Progresso apagado/);

  // The copy kept in the browser brings it back.
  await dialog.getByRole('button', { name: 'Restaurar a cópia anterior' }).click();
  await expect(summary).toHaveText('0 resolvidas, 1 em andamento.');

  // A bad file: its name and the problem, and nothing changed.
  await dialog
    .getByTestId('progress-file')
    .setInputFiles({ name: 'ruim.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(dialog.getByRole('alert')).toHaveText(
    'ruim.json: não é JSON válido (arquivo cortado ou de outro programa?). Nada foi alterado.',
  );
  await expect(summary).toHaveText('0 resolvidas, 1 em andamento.');

  // The exported file, imported after a reset, after a confirmation that says what it holds.
  await dialog.getByRole('button', { name: 'Recomeçar do zero…' }).click();
  await page.getByRole('button', { name: 'Apagar meu progresso' }).click();
  await expect(summary).toHaveText('0 resolvidas, 0 em andamento.');
  await dialog
    .getByTestId('progress-file')
    .setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
  const ask = page.getByRole('dialog', { name: 'Importar progresso' });
  await expect(ask).toContainText(`pelo do arquivo ${saved.name} (0 resolvidas, 1 em andamento)`);
  await ask.getByRole('button', { name: 'Substituir meu progresso' }).click();
  await expect(summary).toHaveText('0 resolvidas, 1 em andamento.');
  await expect(dialog.getByRole('status')).toHaveText(`Progresso importado de ${saved.name}.`);
});

test('the session log survives a reload, without counting the restored screen again', async ({ page }) => {
  await typeCommand(page, 'hostname');
  await typeCommand(page, 'whoami');
  await expect(page.getByRole('log', { name: 'Transcrição do terminal' })).toContainText('aluno');
  // Reloaded at once: the save still waiting for its delay is written as the page goes away.
  await page.reload();
  await openLab(page);
  await typeCommand(page, 'uptime');
  await expect(page.getByRole('log', { name: 'Transcrição do terminal' })).toContainText('load average');
  const dialog = await openLearnerFiles(page);
  await expect(dialog.getByTestId('session-count')).toContainText('Comandos registrados: 3,');
});
