import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildVersion, type StaticHost, startStaticHost } from './support/deploys';
import { expect, terminalText, test, typeCommand } from './support/fixtures';
import { serviceWorkerReady, waitingWorkerActivated } from './support/offline';
import { atPrompt, sshTo } from './support/workbench';

// Two real builds of this checkout, told apart only by their version stamp, deployed in turn at one origin.
const A = 'update-a';
const B = 'update-b';
let folder = '';
let host: StaticHost;

test.describe.configure({ mode: 'default', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  folder = await mkdtemp(join(tmpdir(), 'driftlab-update-'));
  await buildVersion(A, join(folder, A));
  await buildVersion(B, join(folder, B));
  host = await startStaticHost(join(folder, A));
});

test.afterAll(async () => {
  await host?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const versionOf = (page: Page) => page.locator('meta[name="driftlab-version"]');
const prompt = (page: Page) => page.getByTestId('update-prompt');

/** First visit to build A: the service worker installs it; the lab is at the bastion's prompt. */
async function visitA(page: Page): Promise<void> {
  host.deploy(join(folder, A));
  await page.goto(host.url);
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(versionOf(page)).toHaveAttribute('content', A);
  expect(await serviceWorkerReady(page)).toMatch(/\/sw\.js$/);
}

/** Waits until the learner's session, holding `needle`, has been saved (saves run just after a command). */
async function saved(page: Page, needle: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('driftlab.session') ?? ''))
    .toContain(needle);
}

/**
 * Waits for Chromium's own check for a new worker after a controlled page loads. It puts the check off
 * while the page keeps fetching through the worker (Monaco's prefetch, when idle), so on a busy machine it
 * comes many seconds after the page is ready.
 */
async function browserChecked(swRequestsBefore: number): Promise<void> {
  await expect.poll(() => host.served('/sw.js'), { timeout: 40_000 }).toBeGreaterThan(swRequestsBefore);
}

test('on the next visit after a deployment, the new version is offered; accepting loads it with progress kept', async ({
  page,
}) => {
  await visitA(page);
  await sshTo(page, 'web-01');
  await saved(page, 'ssh web-01');
  await expect(prompt(page)).toBeEmpty();

  host.deploy(join(folder, B));
  const asked = host.served('/sw.js');
  await page.reload();
  // The page still runs A, from the cache, while B downloads and waits; the learner is asked.
  await expect(versionOf(page)).toHaveAttribute('content', A);
  await browserChecked(asked);
  await expect(prompt(page)).toContainText('Uma nova versão do DriftLab está pronta.', { timeout: 20_000 });
  await atPrompt(page, 'aluno@web-01:~$');

  await prompt(page).getByRole('button', { name: 'Atualizar agora' }).click();
  await expect(versionOf(page)).toHaveAttribute('content', B);
  await atPrompt(page, 'aluno@web-01:~$');
  await expect(prompt(page)).toBeEmpty();
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
  expect(controller).toMatch(/\/sw\.js$/);
});

/** What the browser fires when the learner returns to the tab; the app then asks for a new worker. */
async function returnToTab(page: Page): Promise<void> {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

test('while the lab stays open, a deployment is offered when the tab comes back; "Depois" keeps the session as it is', async ({
  page,
  context,
}) => {
  await visitA(page);
  // A returning learner: this visit is served, and controlled, by A's service worker.
  const checks = host.served('/sw.js');
  await page.reload();
  await atPrompt(page, 'aluno@bastion:~$');
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // Chromium checks for a new worker a moment after a controlled page loads; that check must have found
  // nothing new, so the offer below can come only from the app's own check.
  await browserChecked(checks);
  await sshTo(page, 'web-01');
  await typeCommand(page, 'cd /etc');
  await atPrompt(page, 'aluno@web-01:/etc$');
  const before = await terminalText(page);
  // A mark on this very document: it survives only if the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  host.deploy(join(folder, B));
  const asked = host.served('/sw.js');
  await returnToTab(page);
  await expect(prompt(page)).toContainText('Uma nova versão do DriftLab está pronta.');
  expect(host.served('/sw.js')).toBeGreaterThan(asked);

  await prompt(page).getByRole('button', { name: 'Depois' }).click();
  await expect(prompt(page)).toBeEmpty();
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(versionOf(page)).toHaveAttribute('content', A);
  expect((await terminalText(page)).trimEnd()).toBe(before.trimEnd());
  await typeCommand(page, 'hostname');
  await atPrompt(page, 'aluno@web-01:/etc$');
  expect(await terminalText(page)).toContain('hostname\nweb-01\n');

  // The new version keeps waiting: a reload still runs A and asks again.
  await saved(page, 'hostname');
  await page.reload();
  await expect(versionOf(page)).toHaveAttribute('content', A);
  await atPrompt(page, 'aluno@web-01:/etc$');
  await expect(prompt(page)).toContainText('Uma nova versão do DriftLab está pronta.');

  // Once the last DriftLab tab is closed, the next visit runs B, where the learner left off.
  await page.close();
  await waitingWorkerActivated(context);
  const next = await context.newPage();
  await next.goto(host.url);
  await expect(versionOf(next)).toHaveAttribute('content', B);
  await atPrompt(next, 'aluno@web-01:/etc$');
  await expect(prompt(next)).toBeEmpty();
});

test('a first visit left open is offered the deployment too, and accepting loads it', async ({ page }) => {
  await visitA(page);
  // No worker controls this page yet, so the new one takes over at once instead of waiting.
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(false);
  host.deploy(join(folder, B));
  await returnToTab(page);
  await expect(prompt(page)).toContainText('Uma nova versão do DriftLab está pronta.');
  await expect(versionOf(page)).toHaveAttribute('content', A);

  await prompt(page).getByRole('button', { name: 'Atualizar agora' }).click();
  await expect(versionOf(page)).toHaveAttribute('content', B);
  await atPrompt(page, 'aluno@bastion:~$');
  await expect(prompt(page)).toBeEmpty();
});
