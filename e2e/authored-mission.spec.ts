import type { Page } from '@playwright/test';
import { missionDoc } from '../src/content/authored/documents';
import { SAMPLE_MISSION } from '../src/content/authored/sampleMission';
import type { GuidedMission } from '../src/content/missions/schema';
import { axeViolations } from './support/axe';
import { openLab } from './support/dashboard';
import { expect, test } from './support/fixtures';
import { authorEditorReady, openInstructorTab, setAuthorText } from './support/instructor';
import { typeCounted } from './support/missions';
import { appendInEditor, openInEditor } from './support/workbench';

// Monaco and its JSON worker, a mission solved by typing, a reload: more than the default minute.
test.describe.configure({ timeout: 180_000 });

/** The example mission as an instructor edits it: a title of their own, and one more hint. */
const TITLE = 'Aula 4: mais workers';
const mission: GuidedMission = {
  ...(SAMPLE_MISSION as GuidedMission),
  title: { 'pt-BR': TITLE, en: 'Lesson 4: more workers' },
  hints: [
    ...SAMPLE_MISSION.hints,
    { 'pt-BR': 'Confira com `drift web-01`.', en: 'Check with `drift web-01`.' },
  ],
};
const text = `${JSON.stringify(missionDoc(mission), null, 2)}\n`;

const missionsPanel = (page: Page) => page.getByTestId('missions-panel');
const checklist = (page: Page) => page.getByTestId('mission-checklist');

test.beforeEach(async ({ page }) => {
  await openLab(page);
});

/** Opens the authoring tab on the mission document and pastes the edited mission; returns the tab. */
async function authorMission(page: Page) {
  await openInstructorTab(page, 'Cenários e missões');
  const author = page.getByTestId('instructor-author');
  await author.getByRole('radio', { name: 'Missão' }).check();
  await authorEditorReady(page);
  await setAuthorText(page, text);
  await expect(author.getByTestId('doc-valid')).toBeVisible();
  return author;
}

test('an instructor authors a mission, plays it in the lab, solves it by typing, and it survives a reload', async ({
  page,
}) => {
  const author = await authorMission(page);
  await expect(author.getByTestId('mission-summary')).toContainText(
    `${TITLE}: cenário frota, 2 verificações, 4 dicas`,
  );
  await author.getByRole('button', { name: 'Jogar esta missão no laboratório' }).click();
  await expect(author.getByRole('status').last()).toContainText(`A missão ${TITLE} começou no laboratório`);

  // Listed as the instructor's, active, its own checklist failing with its own reasons.
  const panel = missionsPanel(page);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(panel.locator(`.mission-list [data-mission="${mission.id}"]`)).toContainText('(do instrutor)');
  await expect(checklist(page).locator('.check--fail')).toHaveCount(2);
  await expect(checklist(page).locator('.check__reason').first()).toContainText('ainda não diz workers = 8');
  await expect(page.getByRole('log', { name: 'Transcrição do terminal' })).toContainText(`== ${TITLE} ==`);

  // Its own hints; then its reference solution, typed into the terminal line by line.
  await panel.getByRole('button', { name: 'Mostrar dica (0/4)' }).click();
  await expect(panel).toContainText('Entre na web-01');
  await typeCounted(page, mission.solution.slice(0, 2), /Comandos/);
  await expect(checklist(page).locator('.check--pass')).toHaveCount(1);
  await typeCounted(page, mission.solution.slice(2), /Comandos/);
  await expect(checklist(page).locator('.check--fail')).toHaveCount(0);
  await expect(panel.getByText('Missão cumprida! Todos os itens da lista foram atendidos.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Conversa final' })).toBeVisible();
  await expect(panel).toContainText('infraestrutura mutável');
  await page.getByTestId('quiz-question-0').getByRole('radio').first().check();
  await expect(page.getByTestId('quiz-question-0').getByRole('status')).toHaveText(/Certo!/);
  // No "next mission" from the lesson's arc after the instructor's own.
  await expect(panel.getByRole('button', { name: /^Próxima missão: / })).toHaveCount(0);
  await expect(panel.locator(`.mission-list [data-mission="${mission.id}"]`)).toContainText('Resolvida');
  expect(await axeViolations(page), 'the authored mission, solved').toEqual([]);

  // A reload brings back the mission, its solved checklist and its place in the list.
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible({ timeout: 30_000 });
  await expect(checklist(page).locator('.check--pass')).toHaveCount(2);
  // The quiz answer was saved with the progress.
  await expect(page.getByTestId('quiz-question-0').getByRole('radio').first()).toBeChecked();
  await expect(page.getByTestId('quiz-question-0').getByRole('status')).toHaveText(/Certo!/);
  await expect(panel.locator(`.mission-list [data-mission="${mission.id}"]`)).toContainText('(do instrutor)');
  await expect(panel.locator(`.mission-list [data-mission="${mission.id}"]`)).toContainText('Resolvida');
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
});

test('a mission from a share link is played like any mission, and a bad one saved is set aside', async ({
  page,
  context,
}) => {
  await authorMission(page);
  await openInstructorTab(page, 'Links');
  const share = page.getByTestId('instructor-share');
  await share.getByRole('checkbox', { name: 'O cenário do editor' }).uncheck();
  await share.getByRole('checkbox', { name: 'A missão do editor' }).check();
  await share.getByRole('button', { name: 'Criar link' }).click();
  const url = await share.getByTestId('share-url').inputValue();

  const other = await context.newPage();
  await other.goto(url);
  const dialog = other.getByRole('dialog', { name: 'Abrir um link compartilhado' });
  await expect(dialog).toContainText(`Missão “${TITLE}”`);
  await dialog.getByRole('button', { name: 'Abrir no laboratório' }).click();
  await expect(other.getByRole('heading', { name: TITLE })).toBeVisible({ timeout: 30_000 });
  await expect(checklist(other).locator('.check--fail')).toHaveCount(2);
  await typeCounted(other, mission.solution, /Comandos/);
  await expect(checklist(other).locator('.check--fail')).toHaveCount(0);

  // The saved mission edited by hand into something its schema refuses: the rest of the session stays.
  await other.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('driftlab.session') ?? '{}');
    saved.session.authoredMission.hints = [];
    localStorage.setItem('driftlab.session', JSON.stringify(saved));
  });
  await other.reload();
  const notice = other.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('data-kind', 'mission-set-aside', { timeout: 30_000 });
  await expect(notice).toContainText('driftlab.session.backup.');
  await expect(missionsPanel(other)).toContainText('Nenhuma missão ativa');
  await expect(missionsPanel(other).locator(`[data-mission="${mission.id}"]`)).toHaveCount(0);
  expect(
    await other.evaluate(() =>
      Object.keys(localStorage).some((k) => k.startsWith('driftlab.session.backup.')),
    ),
  ).toBe(true);
});

test('starting a mission over a file left as it was just closes it', async ({ page }) => {
  await openInEditor(page, 'nano /tmp/notas.txt');
  const editor = page.getByTestId('file-editor');
  await page.getByRole('tab', { name: 'Missões' }).click();
  await missionsPanel(page).getByRole('button', { name: 'Começar: Conheça a frota' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Conheça a frota' })).toBeVisible();
});

test('starting a mission while an edit is unsaved asks first, and Escape keeps the edit', async ({
  page,
}) => {
  await openInEditor(page, 'nano /tmp/notas.txt');
  const editor = page.getByTestId('file-editor');
  await appendInEditor(page, 'rascunho');
  await page.getByRole('tab', { name: 'Missões' }).click();
  const start = missionsPanel(page).getByRole('button', { name: 'Começar: Conheça a frota' });
  await start.click();
  const dialog = page.getByRole('dialog', { name: 'Descartar a edição?' });
  await expect(dialog).toContainText('Você está editando /tmp/notas.txt em bastion');
  expect(await axeViolations(page), 'the question over the editor').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('monaco-editor')).toContainText('rascunho');

  await start.click();
  await dialog.getByRole('button', { name: 'Descartar e começar “Conheça a frota”' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Conheça a frota' })).toBeVisible();
  await expect(page.getByRole('log', { name: 'Transcrição do terminal' })).toContainText(
    '== Conheça a frota ==',
  );
});
