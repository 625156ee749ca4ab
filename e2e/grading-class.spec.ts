import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { classSessionJson } from '../scripts/class-files.mjs';
import { axeViolations } from './support/axe';
import { openLab } from './support/dashboard';
import { expect, test, unfoldSettings } from './support/fixtures';
import { sessionJson, unsolved } from './support/grading';
import { openInstructorTab } from './support/instructor';

function sessionFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The learners' names down the table, in the order shown. */
async function learners(page: Page): Promise<string[]> {
  return page.getByTestId('class-table').locator('tbody th .class-learner').allTextContents();
}

test.beforeEach(async ({ page }) => {
  await openLab(page);
  await openInstructorTab(page, 'Turma');
});

test('an instructor imports three files (one bad), sorts the class and exports it as CSV', async ({
  page,
}) => {
  const view = page.getByTestId('class-view');
  await view.getByTestId('class-files').setInputFiles([
    sessionFile('bia.json', unsolved(sessionJson('Bia', 3))),
    {
      name: 'ruim.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"driftlab-session-log","ver'),
    },
    sessionFile('ana.json', sessionJson('=HYPERLINK("http://x.io","Ana")', 7)),
  ]);
  await expect(view.getByTestId('class-status')).toHaveText('Arquivos lidos: 3 — aceitos: 2, recusados: 1.');
  await expect(view.getByTestId('class-refused')).toHaveText(
    'ruim.json: não é JSON válido (arquivo cortado ou de outro programa?).',
  );
  const table = view.getByTestId('class-table');
  await expect(table.locator('tbody tr[aria-rowindex]')).toHaveCount(2);
  expect(await learners(page)).toEqual(['=HYPERLINK("http://x.io","Ana")', 'Bia']);
  await expect(table.locator('tbody tr').first().locator('td').first()).toContainText('Resolvida');
  await expect(table.locator('tbody tr').first().locator('td').first()).toContainText(
    'tentativas: 1, dicas: 0, 3 min',
  );

  // Sorting with the mouse, then with the keyboard only; aria-sort follows.
  const name = table.getByRole('columnheader', { name: /Aluno/ });
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  expect(await learners(page)).toEqual(['Bia', '=HYPERLINK("http://x.io","Ana")']);
  const solved = table.getByRole('columnheader', { name: /Resolvidas/ });
  await solved.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(solved).toHaveAttribute('aria-sort', 'ascending');
  await expect(name).not.toHaveAttribute('aria-sort', /.+/);
  expect(await learners(page)).toEqual(['Bia', '=HYPERLINK("http://x.io","Ana")']);
  await page.keyboard.press('Enter');
  await expect(solved).toHaveAttribute('aria-sort', 'descending');
  expect(await learners(page)).toEqual(['=HYPERLINK("http://x.io","Ana")', 'Bia']);
  expect(await axeViolations(page), 'the class view').toEqual([]);

  // CSV, in the order shown, with the formula kept as text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Exportar CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^driftlab-turma-\d{4}-\d\d-\d\d\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
  expect(lines[0]).toMatch(/^Aluno,Arquivo,Semente,Conheça a frota: Situação,/);
  expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x\.io"",""Ana""\)",ana\.json,7,Resolvida,1,0,não,3,/);
  expect(lines[2]).toMatch(/^Bia,bia\.json,3,Em andamento,/);

  // Dropping a file adds it; the same learner again keeps the newer export and names the other file.
  await view.getByTestId('class-drop').evaluate(
    (zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'bia-de-novo.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    sessionJson('Bia', 3, '2026-11-29T17:00:00.000Z'),
  );
  await expect(view.getByTestId('class-duplicates')).toHaveText(
    'bia.json: mesmo aluno e semente que bia-de-novo.json; ficou a exportação mais recente (bia-de-novo.json).',
  );
  await expect(table.locator('tbody tr[aria-rowindex]')).toHaveCount(2);
});

test('500 learners with every mission: sorted, scrolled to the last one, exported whole', async ({
  page,
}) => {
  // 500 files read, checked and drawn, an axe scan and a CSV: generous on a shared, busy machine.
  test.setTimeout(150_000);
  const count = 500;
  const sessions = Array.from({ length: count }, (_, i) => classSessionJson(i));
  await page
    .getByTestId('class-files')
    .setInputFiles(sessions.map((text, i) => sessionFile(`aluno-${i}.json`, text)));
  await expect(page.getByTestId('class-status')).toHaveText(
    'Arquivos lidos: 500 — aceitos: 500, recusados: 0.',
    { timeout: 60_000 },
  );
  const table = page.getByTestId('class-table');
  const rows = table.locator('tbody tr[aria-rowindex]');
  // The whole class is in the table's semantics; only a screenful of rows is in the page.
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  expect(await rows.count()).toBeLessThan(60);
  expect(await learners(page)).toContain('Aluno 000');

  const name = table.getByRole('columnheader', { name: /Aluno/ });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().locator('.class-learner')).toHaveText('Aluno 499');

  // The most solved missions first; ties in the learners' name order.
  const solvedCounts = sessions.map(
    (text) => JSON.parse(text).missions.filter((m: { status: string }) => m.status === 'solved').length,
  );
  const most = Math.max(...solvedCounts);
  const first = `Aluno ${String(solvedCounts.indexOf(most)).padStart(3, '0')}`;
  const solved = table.getByRole('columnheader', { name: /Resolvidas/ });
  await solved.getByRole('button').click();
  await solved.getByRole('button').click();
  await expect(solved).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().locator('.class-learner')).toHaveText(first);
  await expect(rows.first().locator('td.class-num').first()).toHaveText(String(most));

  // By keyboard: the table's box takes focus and End scrolls to the last learner, under a header that stays.
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await page.getByTestId('class-scroller').focus();
  await page.keyboard.press('End');
  const last = table.locator(`tbody tr[aria-rowindex="${count + 1}"]`);
  await expect(last.locator('.class-learner')).toHaveText('Aluno 499');
  await expect(last).toBeInViewport();
  await expect(name.getByRole('button')).toBeInViewport();
  await expect(table.locator('tbody tr[aria-rowindex="2"]')).toHaveCount(0);
  expect(await axeViolations(page), 'the class view with 500 learners').toEqual([]);

  // Finding a learner by name or file narrows the table; nothing found says so.
  const find = page.getByLabel('Encontrar aluno (nome ou arquivo)');
  await find.fill('aluno-417.json');
  await expect(table).toHaveAttribute('aria-rowcount', '2');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('.class-learner')).toHaveText('Aluno 417');
  await find.fill('ninguém');
  await expect(page.getByTestId('class-view').getByRole('status').last()).toHaveText(
    'Nenhum aluno com “ninguém” no nome ou no arquivo.',
  );
  await find.fill('aluno 41');
  await expect(table).toHaveAttribute('aria-rowcount', '11');

  // The CSV holds every learner, in the order shown, not only the rows drawn or found.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar CSV' }).click(),
  ]);
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
  expect(lines.filter((l) => l.startsWith('Aluno '))).toHaveLength(count);
  expect(lines[1]).toMatch(/^Aluno 000,aluno-0\.json,1,/);
  expect(lines[count]).toMatch(/^Aluno 499,aluno-499\.json,500,/);
});

test('the class view in English on a narrow window, by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 800 });
  await unfoldSettings(page);
  await page.getByRole('group', { name: 'Configurações' }).getByLabel('Idioma').selectOption('en');
  await expect(page.getByTestId('class-view')).toContainText('Import the session JSON files');
  await page
    .getByTestId('class-files')
    .setInputFiles([
      sessionFile('ana.json', sessionJson('Ana', 7)),
      sessionFile('v9.json', sessionJson('Old', 1).replace('"version": 1', '"version": 9')),
    ]);
  await expect(page.getByTestId('class-status')).toHaveText('Files read: 2 — accepted: 1, refused: 1.');
  await expect(page.getByTestId('class-refused')).toHaveText(
    'v9.json: version 9 is not supported; this DriftLab reads version 1.',
  );
  const learner = page.getByRole('columnheader', { name: /Learner/ });
  await expect(learner).toHaveAttribute('aria-sort', 'ascending');
  await learner.getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('columnheader', { name: /Meet the fleet/ }).getByRole('button')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('columnheader', { name: /Meet the fleet/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(await axeViolations(page), 'the class view, narrow and in English').toEqual([]);
  await page.screenshot({ path: test.info().outputPath('class-narrow-en.png'), fullPage: false });
});
