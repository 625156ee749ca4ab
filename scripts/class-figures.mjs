#!/usr/bin/env node
// Figures for the instructor's class view on the built app: import N generated session files (every
// mission, varied results), sort each kind of column both ways, scroll to the last learner.
// Usage: node scripts/class-figures.mjs [URL] [N] (serve a build first, e.g.
// `npx vite preview --outDir dist --port 4173`). Prints milliseconds; asserts nothing.
import { chromium } from '@playwright/test';
import { classSessionJson } from './class-files.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173';
const count = Number(process.argv[3] ?? 500);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ locale: 'pt-BR', viewport: { width: 1440, height: 900 } });
await page.goto(url);
await page.getByRole('button', { name: 'Instrutor' }).waitFor();
await page.getByRole('button', { name: 'Instrutor' }).click();
await page.getByRole('tab', { name: 'Turma' }).click();
const files = Array.from({ length: count }, (_, i) => ({
  name: `aluno-${i}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(classSessionJson(i)),
}));
const started = Date.now();
await page.getByTestId('class-files').setInputFiles(files);
await page
  .getByTestId('class-status')
  .filter({ hasText: `aceitos: ${count}` })
  .waitFor({ timeout: 120_000 });
console.log(`${count} files imported and shown: ${Date.now() - started} ms`);
console.log(`rows in the DOM: ${await page.locator('[data-testid=class-table] tbody tr').count()}`);

/** Clicks a header's sort button and waits for the next frame after React rendered: click to paint. */
async function sortBy(header) {
  return page.evaluate(async (name) => {
    const th = [...document.querySelectorAll('[data-testid=class-table] thead th')].find((el) =>
      el.textContent?.startsWith(name),
    );
    const button = th?.querySelector('button');
    if (!button) throw new Error(`no header ${name}`);
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, header);
}

for (const header of ['Aluno', 'Conheça a frota', 'Corrigindo uma CVE', 'Resolvidas', 'Dicas', 'Tempo']) {
  const times = [];
  for (let k = 0; k < 4; k++) times.push(await sortBy(header));
  console.log(`sort by ${header}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
}

// To the end as a keyboard user goes: the table's box focused, End (builds before the virtualized table
// had no such box).
let scroll = 'no scrolling box (table drawn whole)';
if ((await page.getByTestId('class-scroller').count()) > 0) {
  await page.getByTestId('class-scroller').focus();
  const scrollStarted = Date.now();
  await page.keyboard.press('End');
  await page.locator(`[data-testid=class-table] tbody tr[aria-rowindex="${count + 1}"]`).waitFor();
  const heights = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid=class-table] tbody tr[aria-rowindex]')];
    const px = rows.map((tr) => tr.getBoundingClientRect().height);
    return `${Math.min(...px).toFixed(0)}-${Math.max(...px).toFixed(0)} px`;
  });
  scroll = `${Date.now() - scrollStarted} ms; row heights: ${heights}`;
}
console.log(`scroll to the end: ${scroll}`);
await browser.close();
