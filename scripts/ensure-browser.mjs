#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium, getting one once if none is found:
// Playwright's download where the network allows it, else Debian's chromium package (as root).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.mjs';

function run(command, args, timeoutMs) {
  console.log(`ensure-browser: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

const found = await findChromium();
if (found) {
  console.log(`ensure-browser: using Chromium at ${found}`);
  process.exit(0);
}

console.log(
  'ensure-browser: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright’s own); getting one.',
);
if (run('npx', ['playwright', 'install', 'chromium'], 300_000) && (await findChromium())) {
  console.log(`ensure-browser: installed Playwright's Chromium at ${await findChromium()}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 900_000 }).status === 0;
  console.log("ensure-browser: installing Debian's chromium package with apt-get");
  if (
    apt(['update']) &&
    apt(['install', '-y', '--no-install-recommends', 'chromium']) &&
    (await findChromium())
  ) {
    console.log(`ensure-browser: installed Debian's chromium at ${await findChromium()}`);
    process.exit(0);
  }
}
console.error(`ensure-browser: could not get a Chromium for the end-to-end tests.
Install one and run the tests again, for example:
  sudo apt-get install chromium          (Debian/Ubuntu)
  npx playwright install chromium        (where the network allows)
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
process.exit(1);
