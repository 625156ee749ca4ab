#!/usr/bin/env node
// Figures for the saved session on the built app: size and time of each save, and of the restore after a
// reload, for the default fleet and mid-mission. Usage: node scripts/persistence-figures.mjs [URL]
// (serve a build first, e.g. `npx vite preview --outDir dist --port 4173`).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ locale: 'pt-BR' });

async function type(line) {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(250);
}

const measures = (name) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => [e.duration, e.detail.chars]), name);

function summary(label, entries) {
  const ms = entries.map(([d]) => d).sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(1);
  const chars = entries.at(-1)?.[1] ?? 0;
  // localStorage keeps UTF-16: two bytes a character.
  console.log(
    `${label}: ${entries.length} saves, last ${chars} chars (${((chars * 2) / 1024).toFixed(0)} KiB stored), ` +
      `median ${at(0.5)} ms, max ${at(0.999)} ms`,
  );
}

await page.goto(url);
await page.waitForSelector('.xterm-rows');
for (const line of [
  'ssh web-01',
  'sudo systemctl stop nginx',
  'echo hi | sudo tee /etc/motd',
  'cd /etc',
  'ls',
  'exit',
])
  await type(line);
summary('default fleet, 6 commands', await measures('driftlab:save'));
await page.evaluate(() => performance.clearMeasures('driftlab:save'));
await type('mission start hotfix-drift');
for (const line of ['ssh web-02', 'cat /etc/loja/loja.ini', 'sudo systemctl status loja', 'exit', 'hint'])
  await type(line);
summary('mid-mission (hotfix-drift), 6 commands', await measures('driftlab:save'));
await page.reload();
await page.waitForSelector('.xterm-rows');
const [restore] = await measures('driftlab:restore');
console.log(`restore after reload: ${restore?.[1]} chars in ${restore?.[0].toFixed(1)} ms`);
await browser.close();
