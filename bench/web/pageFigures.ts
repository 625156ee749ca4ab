import type { Browser, BrowserContext, Page } from '@playwright/test';

/** Figures measured inside the page with performance.now(); printed by bench/web/run.ts, never asserted. */

const PROMPT = 'aluno@bastion:~$';

export interface Quantiles {
  p50: number;
  p95: number;
  max: number;
}

export function quantiles(samples: readonly number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * A fresh browser context (no cache, no service worker). tsx compiles this file keeping function names,
 * which wraps the functions sent into the page in a `__name` helper that exists only in Node: the page
 * gets an identity `__name` before anything runs.
 */
export async function newLabContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'pt-BR' });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

/** Navigation start → the first prompt drawn, in a fresh context (a first visit). */
export async function firstPrompt(browser: Browser, url: string): Promise<number> {
  const context = await newLabContext(browser);
  const page = await context.newPage();
  await page.addInitScript((prompt) => {
    const w = window as unknown as { __firstPrompt: Promise<number> };
    w.__firstPrompt = new Promise((resolve) => {
      // The first prompt drawn: the light terminal's (a first visit) or xterm's, whichever comes first.
      const check = () => {
        const rows = document.querySelector('.xterm-rows, .terminal-placeholder pre');
        if (rows?.textContent?.includes(prompt)) {
          observer.disconnect();
          resolve(performance.now());
        }
      };
      const observer = new MutationObserver(check);
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document.body, { subtree: true, childList: true, characterData: true }),
      );
    });
  }, PROMPT);
  await page.goto(url);
  const ms = await page.evaluate(
    () => (window as unknown as { __firstPrompt: Promise<number> }).__firstPrompt,
  );
  await context.close();
  return ms;
}

/**
 * Opens the lab, reaches for the terminal (on a first visit xterm and the shell load then) and returns the
 * time from that focus to xterm's prompt.
 */
export async function openLab(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('.terminal-placeholder').waitFor();
  const reached = await page.evaluate(() => performance.now());
  await page.locator('.terminal-placeholder').focus();
  await page.waitForFunction((p) => document.querySelector('.xterm-rows')?.textContent?.includes(p), PROMPT, {
    timeout: 60_000,
  });
  const ready = await page.evaluate(() => performance.now());
  await page.locator('.xterm-helper-textarea').focus();
  return ready - reached;
}

/**
 * Key press to output: for each command, from the Enter keydown to xterm's rows showing the output. The
 * command is typed first (not timed); the Enter is dispatched inside the page so the clock starts with it.
 */
export async function keypressLatency(page: Page, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const marker = `m${i}x`;
    await page.keyboard.type(`echo ${marker}`);
    samples.push(
      await page.evaluate(
        (m) =>
          new Promise<number>((resolve) => {
            const rows = document.querySelector('.xterm-rows') as Element;
            const seen = () => [...rows.children].some((r) => r.textContent?.trim() === m);
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (seen()) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(rows, { childList: true, subtree: true, characterData: true });
            document
              .querySelector('.xterm-helper-textarea')
              ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
          }),
        marker,
      ),
    );
  }
  return samples;
}

/** Runs a command and times Enter → `selector` present in the DOM → the next frame painted. */
async function commandUntil(page: Page, line: string, selector: string): Promise<number> {
  await page.keyboard.type(line);
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector(sel)) {
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
        document
          .querySelector('.xterm-helper-textarea')
          ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
      }),
    selector,
  );
}

/**
 * The 1,000-server scenario (frota-grande, from the dashboard's scenario picker): on web-0500, nginx is
 * stopped and started in turn; each time until the fleet summary counts the server broken, or no longer.
 */
export async function dashboardUpdates(page: Page, rounds: number): Promise<number[]> {
  await page.locator('.dash .scenario select').selectOption('frota-grande');
  await page.locator('[data-count="in-sync"]').waitFor({ timeout: 120_000 });
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('ssh web-0500');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('.xterm-rows')?.textContent?.includes('aluno@web-0500:~$'),
  );
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const [line, broken] = i % 2 === 0 ? ['sudo systemctl stop nginx', 1] : ['sudo systemctl start nginx', 0];
    times.push(await commandUntil(page, line, `[data-count="broken"][data-value="${broken}"]`));
  }
  return times;
}
