import { axeViolations } from './support/axe';
import { expect, test, typeCommand } from './support/fixtures';
import { learnerSeed, solutionFor, typeCounted } from './support/missions';
import { atPrompt } from './support/workbench';

test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
});

const missionsTab = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('tablist', { name: /Lição e missões|Lesson and missions/ }).getByRole('tab', { name });

test('a student completes two missions by typing in the terminal, in pt-BR', async ({ page }) => {
  await missionsTab(page, 'Missões').click();
  const panel = page.getByTestId('missions-panel');
  await expect(panel).toContainText('Nenhuma missão ativa');
  await panel.getByRole('button', { name: 'Começar: O hotfix que derivou' }).click();

  // The mission's world: back on the bastion, the briefing in the terminal, the checklist failing with reasons.
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(page.locator('.xterm-rows')).toContainText('== O hotfix que derivou ==');
  await expect(page.getByRole('heading', { name: 'O hotfix que derivou' })).toBeFocused();
  const checklist = page.getByTestId('mission-checklist');
  await expect(checklist.locator('.check--fail').first()).toContainText('Pendente');
  await expect(checklist.locator('.check__reason').first()).not.toBeEmpty();
  await expect(panel.getByRole('status').first()).toHaveText(/de 3 itens cumpridos/);

  const seed = await learnerSeed(page);
  const lines = solutionFor('hotfix-drift', seed);
  await typeCounted(page, lines, /Comandos/);
  await expect(checklist.locator('.check--fail')).toHaveCount(0);
  await expect(checklist.locator('.check--pass')).toHaveCount(3);
  await expect(checklist.locator('.check__state').first()).toHaveText('Cumprido');
  await expect(panel.getByText('Missão cumprida! Todos os itens da lista foram atendidos.')).toBeVisible();

  // Debrief and quiz: choosing an answer says whether it is right and explains each option.
  await expect(page.getByRole('heading', { name: 'Conversa final' })).toBeVisible();
  const question = page.getByTestId('quiz-question-0');
  await question.getByRole('radio').first().check();
  await expect(question.getByRole('status')).toHaveText(/Certo!|Não é essa\./);
  await expect(question.locator('.quiz__explanations li')).toHaveCount(
    await question.getByRole('radio').count(),
  );
  await expect(question.locator('.quiz__explanations')).toContainText('(sua escolha)');
  const list = panel.locator('[data-mission="hotfix-drift"]').last();
  await expect(list).toContainText('Resolvida');
  await expect(list).toContainText(`Comandos: ${lines.length}`);
  expect(await axeViolations(page), 'a debrief and its quiz').toEqual([]);

  // The second mission, from the lesson's link (the first is solved: no question asked).
  await missionsTab(page, 'Leitura').click();
  await page.getByRole('link', { name: 'Pratique: missão «Conheça a frota»' }).first().click();
  await expect(missionsTab(page, 'Missões')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Conheça a frota' })).toBeFocused();
  await expect(page.getByRole('log', { name: 'Transcrição do terminal' })).toContainText(
    '== Conheça a frota ==',
  );
  await typeCounted(page, solutionFor('meet-the-fleet', seed), /Comandos/);
  await expect(checklist.locator('.check--fail')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Conversa final' })).toBeVisible();
  await expect(panel.locator('.mission-list__item.is-solved')).toHaveCount(2);
  await expect(panel.getByRole('button', { name: /^Próxima missão: / })).toBeVisible();
});

test('hints, a confirmed solution played step by step, and switching missions, in English', async ({
  page,
}) => {
  await page.getByRole('group', { name: 'Configurações' }).getByLabel('Idioma').selectOption('en');
  await missionsTab(page, 'Missions').click();
  await typeCommand(page, 'mission start staging-vs-prod');
  const panel = page.getByTestId('missions-panel');
  await expect(page.getByRole('heading', { name: 'Works in staging, fails in prod' })).toBeVisible();
  await typeCommand(page, 'ls');
  await expect(panel.locator('.active-mission__status')).toContainText('Commands: 1');

  // A lesson link to another mission asks first; Escape keeps the current one.
  await page.evaluate(() => {
    window.location.hash = '#mission/hotfix-drift';
  });
  const dialog = page.getByRole('dialog', { name: 'Switch missions?' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: 'Stay in “Works in staging, fails in prod”' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Works in staging, fails in prod' })).toBeVisible();

  // The hint button and the `hint` command share one list and one count.
  const hints = panel.getByRole('region', { name: 'Hints' });
  await hints.getByRole('button', { name: /^Show a hint \(0\/\d\)$/ }).click();
  await expect(hints.locator('ol.hints li')).toHaveCount(1);
  await typeCommand(page, 'hint');
  await expect(page.locator('.xterm-rows')).toContainText('Hint 2/');
  await expect(hints.locator('ol.hints li')).toHaveCount(2);
  await expect(hints.getByRole('button', { name: /^Show a hint \(2\/\d\)$/ })).toBeVisible();
  await expect(panel.locator('.active-mission__status')).toContainText('Hints: 2');

  // The solution: behind a confirmation, then played into the terminal with the keyboard.
  await panel.getByRole('button', { name: 'Show solution' }).click();
  const confirm = page.getByRole('dialog', { name: 'Show the solution?' });
  await expect(confirm.getByRole('button', { name: 'Keep trying' })).toBeFocused();
  expect(await axeViolations(page), 'the solution dialog').toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  const solution = page.getByTestId('mission-solution');
  const steps = await solution.locator('li').count();
  const first = (await solution.locator('li').first().textContent()) ?? '';
  const next = panel.getByRole('button', { name: 'Next step' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByText(`Step 2 of ${steps}`)).toBeVisible();
  await expect(page.locator('.xterm-rows')).toContainText(first);
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(panel.getByText('Every step was typed into the terminal.')).toBeVisible();
  await expect(page.getByTestId('mission-checklist').locator('.check--fail')).toHaveCount(0);
  await expect(panel.locator('.active-mission__status')).toContainText('Solution seen');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();

  // Undo goes back one command, and the checklist follows; restarting is a new attempt.
  await panel.getByRole('button', { name: 'Undo last command' }).click();
  await panel.getByRole('button', { name: 'Undo last command' }).click();
  await panel.getByRole('button', { name: 'Restart mission' }).click();
  await expect(panel.locator('.active-mission__status')).toContainText('Attempts: 2');
  await expect(page.getByTestId('mission-checklist').locator('.check--fail').first()).toContainText(
    'Not yet',
  );
});

test.describe('narrow screens and presenter mode', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('the missions work behind the tabs and in presenter mode', async ({ page }) => {
    await page.getByRole('tablist', { name: 'Painéis' }).getByRole('tab', { name: 'Lição' }).click();
    await missionsTab(page, 'Leitura').focus();
    await page.keyboard.press('ArrowRight');
    await expect(missionsTab(page, 'Missões')).toHaveAttribute('aria-selected', 'true');
    await expect(missionsTab(page, 'Missões')).toBeFocused();
    await page.locator('.mission-list [data-mission="sandbox"]').getByRole('button').click();
    await expect(page.getByRole('heading', { name: 'Interruptores de caos' })).toBeVisible();
    await page
      .getByRole('button', { name: /^Disparar: / })
      .first()
      .click();
    await expect(page.getByText(/^Disparado: /)).toBeVisible();
    expect(await axeViolations(page), 'sandbox in the narrow layout').toEqual([]);

    await page.getByRole('button', { name: 'Modo apresentação' }).click();
    const pane = page.getByRole('region', { name: 'Missões' });
    await page.getByRole('tablist', { name: 'Painéis' }).getByRole('tab', { name: 'Missões' }).click();
    await expect(pane.getByRole('heading', { name: 'Interruptores de caos' })).toBeVisible();
    expect(await axeViolations(page), 'presenter mode with the missions').toEqual([]);
  });
});
