import type { Page } from '@playwright/test';
import { dashboard, onHost, openLab, openTab } from './support/dashboard';
import { expect, test, typeCommand } from './support/fixtures';

/**
 * Figures, not assertions: how long the dashboard takes to render a 1,000-server fleet and to show what a
 * command changed, measured in the page (input event → the DOM updated → the next frame painted).
 * Run with `npx playwright test e2e/dashboard-perf.spec.ts --workers 1` and read the printed lines.
 */

interface Probe {
  start: number;
  firstRows: number;
  complete: number;
  longest: number;
}

/**
 * Times from the next `event` on an element matching `target` (for keys: the Enter that runs the command)
 * until `selector` matches, plus the frame that paints it.
 */
async function timeUntil(
  page: Page,
  trigger: () => Promise<void>,
  selector: string,
  event: string,
  target: string,
) {
  await page.evaluate(
    ({ selector, event, target }) => {
      const w = window as unknown as { __probe: Promise<number> };
      w.__probe = new Promise<number>((resolve) => {
        let start = 0;
        const onEvent = (e: Event) => {
          if (!(e.target instanceof Element) || !e.target.closest(target)) return;
          if (e instanceof KeyboardEvent && e.key !== 'Enter') return;
          start = performance.now();
          document.removeEventListener(event, onEvent, true);
        };
        document.addEventListener(event, onEvent, true);
        const observer = new MutationObserver(() => {
          if (start && document.querySelector(selector)) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    },
    { selector, event, target },
  );
  await trigger();
  return page.evaluate(() => (window as unknown as { __probe: Promise<number> }).__probe);
}

async function loadLargeFleet(page: Page): Promise<Probe> {
  await page.evaluate(() => {
    const w = window as unknown as { __load: Probe };
    w.__load = { start: 0, firstRows: 0, complete: 0, longest: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__load.longest = Math.max(w.__load.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const select = document.querySelector('.scenario select');
    select?.addEventListener('change', () => (w.__load.start = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (!w.__load.firstRows && document.querySelector('button[data-host="lb-0001"]'))
        w.__load.firstRows = now;
      if (w.__load.firstRows && document.querySelector('[data-count="in-sync"]')) {
        w.__load.complete = now;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  await dashboard(page)
    .getByLabel(/Cenário|Scenario/)
    .selectOption('frota-grande');
  await expect(dashboard(page).locator('[data-count="in-sync"]')).toBeVisible({ timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __load: Probe }).__load);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${Math.round(x)} ms`;

/** Stops and starts nginx in turn; each time, until the summary counts the server broken or not. */
async function commandTimes(page: Page, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const [line, broken] = i % 2 === 0 ? ['sudo systemctl stop nginx', 1] : ['sudo systemctl start nginx', 0];
    const selector = `[data-count="broken"][data-value="${broken}"]`;
    times.push(
      await timeUntil(page, () => typeCommand(page, line), selector, 'keydown', '.xterm-helper-textarea'),
    );
    await expect(dashboard(page).locator(selector)).toBeVisible();
  }
  return times;
}

test('figures: render and update times of the dashboard at 8 and 1,000 servers', async ({ page }) => {
  test.setTimeout(300_000);
  await openLab(page);
  await onHost(page, 'web-01');
  const small = await commandTimes(page, 6);
  await typeCommand(page, 'exit');

  const load = await loadLargeFleet(page);
  await onHost(page, 'web-0500');
  const large = await commandTimes(page, 6);

  await openTab(page, /Paridade|Parity/);
  const parity = await timeUntil(
    page,
    () =>
      dashboard(page)
        .getByRole('button', { name: /Calcular|Compute/ })
        .click(),
    'table.parity__table',
    'click',
    '.parity__large button',
  );
  await openTab(page, /Implantações|Deployments/);
  await expect(dashboard(page).locator('article[data-env="prod"]')).toBeVisible({ timeout: 60_000 });
  const deploymentUpdate = await timeUntil(
    page,
    () => typeCommand(page, 'sudo systemctl stop nginx'),
    'article[data-env="prod"][data-status="degraded"]',
    'keydown',
    '.xterm-helper-textarea',
  );

  const lines = [
    `8 servers: command → dashboard updated (median of ${small.length}): ${ms(median(small))} [${small.map(ms).join(', ')}]`,
    `1,000 servers: scenario chosen → first rows on screen: ${ms(load.firstRows - load.start)}`,
    `1,000 servers: scenario chosen → whole fleet evaluated (summary shown): ${ms(load.complete - load.start)}`,
    `1,000 servers: longest task while loading: ${ms(load.longest)}`,
    `1,000 servers: command → dashboard updated (median of ${large.length}): ${ms(median(large))} [${large.map(ms).join(', ')}]`,
    `1,000 servers: parity map computed and drawn: ${ms(parity)}`,
    `1,000 servers, deployments tab open: command → prod shown degraded: ${ms(deploymentUpdate)}`,
  ];
  console.log(`\nDashboard figures (Chromium)\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  test.info().annotations.push(...lines.map((description) => ({ type: 'figure', description })));
});
