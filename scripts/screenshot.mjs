#!/usr/bin/env node
// Takes screenshots of the built app for a human to look at: node scripts/screenshot.mjs URL OUT.png [commands...]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const [url = 'http://127.0.0.1:4173', out = 'screenshot.png', ...commands] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1440);
const height = Number(process.env.HEIGHT ?? 900);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width, height },
  locale: process.env.LOCALE ?? 'pt-BR',
  colorScheme: process.env.SCHEME ?? 'light',
});
await page.goto(url);
await page.waitForSelector('.xterm-rows');
for (const command of commands) {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
}
await page.waitForTimeout(300);
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);
