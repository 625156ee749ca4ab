// Behaviour the golden files cannot capture: --help texts, the simulation's own guards, and the
// contract details (writes, optional mtimeLabel, listFiles joining) the shell relies on.
import { describe, expect, it } from 'vitest';
import { MemoryFs } from './fixtures/harness';
import { textTools } from './index';
import type { TextIO } from './io';

const fs = new MemoryFs({
  'etc/nginx/sites-enabled/loja': 'server {\n\tssl on;\n}\n',
  'etc/nginx/nginx.conf': 'http {\n\tssl_protocols TLSv1.2;\n}\n',
  'a.txt': 'one\ntwo\n',
  'b.txt': 'one\n2\n',
});
const io = (stdin = ''): TextIO => fs.io(stdin);
const run = (name: string, args: string[], stdin = '') =>
  (textTools[name] as NonNullable<(typeof textTools)[string]>)(args, io(stdin));

describe('--help', () => {
  const coreutils = ['cat', 'cut', 'diff', 'grep', 'head', 'sed', 'sort', 'tail', 'tee', 'tr', 'uniq', 'wc'];
  it.each(coreutils)('%s --help prints usage on stdout and exits 0', (name) => {
    const r = run(name, ['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: ${name} `));
  });
  it('bash builtins behave like bash: echo prints it, printf shows builtin help with status 2', () => {
    expect(run('echo', ['--help']).stdout).toBe('--help\n');
    const p = run('printf', ['--help']);
    expect(p.stdout).toMatch(/^printf: printf \[-v var\] format \[arguments\]/);
    expect(p.exitCode).toBe(2);
  });
});

describe('contract', () => {
  it('grep -r joins listFiles paths to the operand the way GNU prints them', () => {
    expect(run('grep', ['-r', 'ssl', 'etc/nginx/']).stdout).toBe(
      'etc/nginx/nginx.conf:\tssl_protocols TLSv1.2;\netc/nginx/sites-enabled/loja:\tssl on;\n',
    );
  });
  it('grep -r without operand searches . and prints paths without ./', () => {
    expect(run('grep', ['-rl', 'ssl']).stdout).toBe('etc/nginx/nginx.conf\netc/nginx/sites-enabled/loja\n');
  });
  it('the pipeline example from the brief', () => {
    const g = run('grep', ['-n', 'ssl', 'etc/nginx/sites-enabled/loja']);
    expect(g.stdout).toBe('2:\tssl on;\n');
    expect(run('wc', ['-l'], g.stdout).stdout).toBe('1\n');
  });
  it('sed -i and tee return writes instead of touching files', () => {
    const s = run('sed', ['-i', 's/ssl on/ssl off/', 'etc/nginx/sites-enabled/loja']);
    expect(s.stdout).toBe('');
    expect(s.writes).toEqual([
      { path: 'etc/nginx/sites-enabled/loja', content: 'server {\n\tssl off;\n}\n', append: false },
    ]);
    expect(run('tee', ['-a', 'x', 'y'], 'hi\n').writes).toEqual([
      { path: 'x', content: 'hi\n', append: true },
      { path: 'y', content: 'hi\n', append: true },
    ]);
  });
  it('diff -u works without mtimeLabel (headers then carry no timestamp)', () => {
    const plain: TextIO = { ...io(), mtimeLabel: undefined };
    const r = textTools.diff?.(['-u', 'a.txt', 'b.txt'], plain);
    expect(r?.stdout).toBe('--- a.txt\t\n+++ b.txt\t\n@@ -1,2 +1,2 @@\n one\n-two\n+2\n');
    expect(r?.exitCode).toBe(1);
  });
  it('reports EACCES with the real wording', () => {
    const locked: TextIO = { ...io(), readFile: () => ({ ok: false, error: 'EACCES' }) };
    expect(textTools.cat?.(['/etc/shadow'], locked).stderr).toBe('cat: /etc/shadow: Permission denied\n');
    expect(textTools.head?.(['/etc/shadow'], locked).stderr).toBe(
      "head: cannot open '/etc/shadow' for reading: Permission denied\n",
    );
  });
});

describe('simulation guards', () => {
  it('stops a sed script that would loop forever', () => {
    const r = run('sed', [':a;ba'], 'x\n');
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toMatch(/^sed: /);
  });
  it('caps absurd printf widths instead of exhausting memory', () => {
    expect(run('printf', ['%99999999999d|', '5']).stdout).toBe('|');
    expect(run('printf', ['%2000000s|', 'x']).stdout.length).toBe(100_001);
  });
  it('printf -v (shell variables live outside the text tools) is rejected with the usage line', () => {
    const r = run('printf', ['-v', 'x', 'y']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('printf: usage: printf [-v var] format [arguments]');
  });
});
