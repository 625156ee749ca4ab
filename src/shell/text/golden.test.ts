// Golden tests: every case in fixtures/golden.json was captured from real bash + GNU tools on
// Debian 12 (see fixtures/generate.mjs); our implementation must reproduce it byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryFs, runPipeline } from './fixtures/harness';
import { textTools } from './index';

interface GoldenCase {
  cmd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  files?: Record<string, string>;
}

const here = dirname(fileURLToPath(import.meta.url));
const filesDir = join(here, 'fixtures', 'files');

function load(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) load(p, out);
    else out[relative(filesDir, p)] = new TextDecoder().decode(readFileSync(p));
  }
  return out;
}

const original = load(filesDir);
const cases = JSON.parse(readFileSync(join(here, 'fixtures', 'golden.json'), 'utf8')) as GoldenCase[];

describe('golden cases captured from GNU tools', () => {
  it('has a healthy number of cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
  it.each(cases.map((c) => [c.cmd, c] as const))('%s', (_cmd, c) => {
    const fs = new MemoryFs(original);
    const result = runPipeline(c.cmd, fs, textTools);
    const changed: Record<string, string> = {};
    for (const [p, content] of fs.files) if (original[p] !== content) changed[p] = content;
    expect({
      stdout: result.stdout,
      stderr: result.stderr,
      exitCode: result.exitCode,
      files: changed,
    }).toEqual({
      stdout: c.stdout,
      stderr: c.stderr,
      exitCode: c.exitCode,
      files: c.files ?? {},
    });
  });
});
