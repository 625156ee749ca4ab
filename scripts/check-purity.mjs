#!/usr/bin/env node
// The engine and the shell must be deterministic: same inputs, same world. Time comes from the injected
// clock and randomness from the seeded RNG, so these globals are banned outside tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src/core', 'src/shell'];
const BANNED = [
  [/\bDate\.now\s*\(/, 'Date.now() (use the world clock)'],
  [/\bnew Date\(\s*\)/, 'new Date() without a timestamp (use the world clock)'],
  [/\bMath\.random\s*\(/, 'Math.random() (use the seeded RNG)'],
  [/\b(setTimeout|setInterval|setImmediate|requestAnimationFrame|queueMicrotask)\s*\(/, 'timers'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
  [/\b(window|document|localStorage|sessionStorage|navigator)\s*[.[]/, 'browser globals'],
  [/\bprocess\.(env|argv|exit|stdout|hrtime)/, 'Node process globals'],
];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures') yield* sourceFiles(path);
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
      yield path;
    }
  }
}

const problems = [];
for (const root of ROOTS) {
  for (const file of sourceFiles(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/^\s*(\/\/|\/?\*)/.test(line)) return;
        for (const [pattern, what] of BANNED) {
          if (pattern.test(line)) problems.push(`${file}:${index + 1}: ${what} is not allowed here`);
        }
      });
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} purity violation(s) in ${ROOTS.join(', ')}.`);
  process.exit(1);
}
console.log(`purity: ${ROOTS.join(', ')} use no wall clock, global randomness, timers or browser globals.`);
