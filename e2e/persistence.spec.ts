import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, terminalText, test, typeCommand } from './support/fixtures';
import { learnerSeed, solutionFor, typeCounted } from './support/missions';
import { atPrompt, sshTo } from './support/workbench';

const KEY = 'driftlab.session';

test.describe.configure({ timeout: 180_000 });

/** The saved session's text, once a save holding `needle` has landed (saves run just after a command). */
async function savedText(page: Page, needle: string): Promise<string> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY), { timeout: 10_000 })
    .toContain(needle);
  return page.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
}

/** Backups the app kept, as { key: text }. */
function backups(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('driftlab.session.backup.')) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

/** Puts `text` under the session key before the app's first script runs (once per test). */
async function seedStorage(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key as string, value as string);
    },
    [KEY, text],
  );
}

test('commands, a file edit and a stopped service survive a reload exactly', async ({ page }) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await sshTo(page, 'web-01');
  await typeCommand(page, 'sudo systemctl stop nginx');
  await typeCommand(page, 'echo "manutencao as 22h" | sudo tee /etc/motd');
  await typeCommand(page, 'cd /etc/nginx');
  await atPrompt(page, 'aluno@web-01:/etc/nginx$');
  const web01 = page.locator('[data-host="web-01"]');
  await expect(web01).toHaveAttribute('data-state', 'broken');
  const before = await terminalText(page);
  await savedText(page, '"cwd":"/etc/nginx"');

  await page.reload();
  // The same screen: the terminal's lines, the prompt where the learner was, the dashboard's verdict. A
  // session with commands in it brings xterm back without waiting for the learner to reach for it.
  await expect(page.locator('.xterm-rows')).toBeVisible({ timeout: 30_000 });
  await atPrompt(page, 'aluno@web-01:/etc/nginx$');
  expect((await terminalText(page)).trimEnd()).toBe(before.trimEnd());
  await expect(web01).toHaveAttribute('data-state', 'broken');
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);

  await typeCommand(page, 'systemctl status nginx');
  await expect(page.locator('.xterm-rows')).toContainText('inactive (dead)');
  await typeCommand(page, 'cat /etc/motd');
  await expect(page.locator('.xterm-rows')).toContainText('manutencao as 22h');
  // Bash history came back too, numbered from the first line typed before the reload.
  await typeCommand(page, 'history | head -n 2');
  await expect(page.locator('.xterm-rows')).toContainText('1  sudo systemctl stop nginx');
});

const missionsTab = (page: Page) =>
  page.getByRole('tablist', { name: 'Lição e missões' }).getByRole('tab', { name: 'Missões' });

test('mid-mission: the checklist, the counters, the seed and the hints are as they were', async ({
  page,
}) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await typeCommand(page, 'mission start hotfix-drift');
  await atPrompt(page, 'aluno@bastion:~$');
  await missionsTab(page).click();
  const panel = page.getByTestId('missions-panel');
  await expect(panel).toBeVisible();
  const seed = await learnerSeed(page);
  await typeCommand(page, 'hint');
  await typeCounted(page, solutionFor('hotfix-drift', seed).slice(0, 1), /Comandos/);
  const status = page.locator('.active-mission__status');
  const checklist = page.getByTestId('mission-checklist');
  const statusBefore = await status.textContent();
  const checklistBefore = await checklist.textContent();
  const promptBefore = (await terminalText(page)).trimEnd().split('\n').at(-1) ?? '';
  await savedText(page, '"active":"hotfix-drift"');

  await page.reload();
  await atPrompt(page, promptBefore);
  // The guide pane is back on the missions side, where the learner left it.
  await expect(missionsTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('missions-panel')).toBeVisible();
  await expect(status).toHaveText(statusBefore ?? '');
  await expect(checklist).toHaveText(checklistBefore ?? '');
  expect(await learnerSeed(page)).toBe(seed);
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
});

test('corrupt JSON: a notice says so, the text is kept in a backup, the lab starts fresh', async ({
  page,
}) => {
  const corrupt = '{"format":"driftlab-session","version":2,"session":{"shell":';
  await seedStorage(page, corrupt);
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('os dados salvos estão danificados');
  await expect(notice).toContainText('Você está começando uma sessão nova.');
  const kept = await backups(page);
  expect(Object.values(kept)).toEqual([corrupt]);
  await expect(notice).toContainText(Object.keys(kept)[0] ?? 'missing');
  expect(await axeViolations(page)).toEqual([]);
  // Dismissed by keyboard; the terminal works.
  await notice.getByRole('button', { name: 'Fechar aviso' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await sshTo(page, 'web-02');
});

test('a save in the right envelope with a body that fails validation: notice and backup, nothing else lost', async ({
  page,
}) => {
  // Read back by the validation chunk, after the store exists: the notice must still reach the screen.
  const invalid = JSON.stringify({
    format: 'driftlab-session',
    version: 2,
    session: { shell: { stack: [] }, '<img src=x onerror=alert(1)>': 1 },
  });
  await seedStorage(page, invalid);
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('não tem o formato que esta versão do DriftLab espera');
  const kept = await backups(page);
  expect(Object.values(kept)).toEqual([invalid]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The fresh session saves again once read back.
  await sshTo(page, 'web-02');
  await savedText(page, '"host":"web-02"');
});

test('an older version is brought up to date, with a status notice and the original kept', async ({
  page,
}) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await sshTo(page, 'db-01');
  const current = JSON.parse(await savedText(page, '"host":"db-01"'));
  // What version 1 wrote: no missions.
  delete current.session.missions;
  const v1 = JSON.stringify({ ...current, version: 1 });
  const page2 = await page.context().newPage();
  await page.close();
  await seedStorage(page2, v1);
  await page2.goto('/');
  await atPrompt(page2, 'aluno@db-01:~$');
  const notice = page2.getByTestId('storage-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(
    'veio de uma versão mais antiga do DriftLab (formato 1) e foi atualizada',
  );
  expect(Object.values(await backups(page2))).toContain(v1);
  expect(JSON.parse(await savedText(page2, '"version":2')).version).toBe(2);
});

test('an oversized save is set aside with a notice and a backup', async ({ page }) => {
  const huge = `{"format":"driftlab-session","version":2,"session":"${'x'.repeat(1_600_000)}"}`;
  await seedStorage(page, huge);
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('A sua sessão salva é maior do que o DriftLab aceita.');
  await expect(notice).toContainText('Uma cópia dos dados salvos foi guardada');
  const kept = await backups(page);
  expect(Object.values(kept).map((v) => v.length)).toEqual([huge.length]);
  expect(Object.values(kept)[0] === huge).toBe(true);
});

test('a save from a newer version is set aside with a notice in English', async ({ page }) => {
  const future = JSON.stringify({ format: 'driftlab-session', version: 99, session: { from: 'the future' } });
  await seedStorage(page, future);
  await page.addInitScript(() => localStorage.setItem('driftlab.locale', 'en'));
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText(
    'Your saved session was written by a newer version of DriftLab than this one.',
  );
  await expect(notice).toContainText("A copy of the saved data was kept in this browser's storage under");
  expect(Object.values(await backups(page))).toEqual([future]);
  expect(await axeViolations(page)).toEqual([]);
});

test('a full storage quota shows a notice and the terminal keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'driftlab.session')
        throw new DOMException("Failed to execute 'setItem' on 'Storage'", 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  await sshTo(page, 'web-01');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('O armazenamento do navegador está cheio');
  await expect(notice).toHaveCount(1);
  await typeCommand(page, 'sudo systemctl restart nginx');
  await typeCommand(page, 'wc -l /etc/hostname');
  await expect(page.locator('.xterm-rows')).toContainText('1 /etc/hostname');
  await expect(notice).toHaveCount(1);
});

test('two tabs: a save in one makes the other stop saving and offer a choice', async ({ page }) => {
  await page.goto('/');
  await atPrompt(page, 'aluno@bastion:~$');
  const other = await page.context().newPage();
  await other.goto('/');
  await atPrompt(other, 'aluno@bastion:~$');

  await sshTo(page, 'web-03');
  await savedText(page, '"host":"web-03"');
  const notice = other.getByTestId('storage-notice');
  await expect(notice).toContainText('Esta sessão foi alterada em outra aba');
  // The other tab's commands are not written over the first one's session while it has not chosen.
  await sshTo(other, 'db-01');
  await other.waitForTimeout(300);
  expect(await savedText(page, '"host":"web-03"')).not.toContain('"host":"db-01"');
  // Loading the other tab's session reloads into it.
  await notice.getByRole('button', { name: 'Carregar a sessão da outra aba' }).click();
  await atPrompt(other, 'aluno@web-03:~$');
});
