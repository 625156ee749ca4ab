#!/usr/bin/env node
// Key-press-to-output latency in the real terminal: for each command, the time from pressing Enter to the
// output row appearing on xterm's screen. Prints p50/p95; asserts nothing (figures for the notes and README).
// Usage: node scripts/measure-latency.mjs [URL] [COUNT]   (serve the build first: npx vite preview)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const [url = 'http://127.0.0.1:4173', countArg = '60'] = process.argv.slice(2);
const count = Number(countArg);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ locale: 'pt-BR' });
await page.goto(url);
await page.waitForSelector('.xterm-helper-textarea', { timeout: 60_000 });
await page.locator('.xterm-helper-textarea').focus();

const samples = [];
for (let i = 0; i < count; i++) {
  const marker = `m${i}x`;
  await page.keyboard.type(`echo ${marker}`);
  const ms = await page.evaluate(
    (m) =>
      new Promise((resolve) => {
        const rows = document.querySelector('.xterm-rows');
        const start = performance.now();
        const seen = () => [...(rows?.children ?? [])].some((r) => r.textContent?.trim() === m);
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
  );
  samples.push(ms);
}
samples.sort((a, b) => a - b);
const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
console.log(
  `key-press-to-output latency over ${count} commands: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
);
await browser.close();
