import { describe, expect, it } from 'vitest';
import { freshShell, run, withFiles } from './files/testkit';

const start = freshShell();
const web = run(start, 'ssh web-01').state;
const SITE = '/etc/nginx/sites-enabled/loja';

describe('text commands over the server’s files', () => {
  it('read files relative to the working directory, as the user', () => {
    expect(run(start, 'cd /etc', 'grep -n aluno passwd').stdout).toBe(
      '3:aluno:x:1000:1000:Aluno,,,:/home/aluno:/bin/bash\n',
    );
    expect(run(start, 'wc -l /etc/passwd').stdout).toBe('3 /etc/passwd\n');
    expect(run(start, 'grep root /etc/shadow')).toMatchObject({
      stderr: 'grep: /etc/shadow: Permission denied\n',
      exitCode: 2,
    });
    expect(run(start, 'sudo grep -c root /etc/shadow').stdout).toBe('1\n');
  });

  it('search directories with grep -r', () => {
    expect(run(web, 'grep -rl proxy_pass /etc/nginx').stdout).toBe(
      '/etc/nginx/sites-available/loja\n/etc/nginx/sites-enabled/loja\n',
    );
  });

  it('work in pipelines', () => {
    expect(run(start, 'cut -d: -f1 /etc/passwd | sort | tr a-z A-Z').stdout).toBe('ALUNO\nROOT\nWWW-DATA\n');
    expect(run(start, "printf 'b\\na\\nb\\n' | sort | uniq -c").stdout).toBe('      1 a\n      2 b\n');
    expect(run(start, 'echo -n hi | wc -c').stdout).toBe('2\n');
  });

  it('compare files with diff, with timestamps in -u headers', () => {
    const changed = run(
      web,
      `sudo sed -i 's/listen 443;/listen 443 ssl;/' ${SITE}`,
      `diff -u /etc/nginx/sites-available/loja ${SITE}`,
    );
    expect(changed.exitCode).toBe(1);
    expect(changed.stdout).toMatch(
      /^--- \/etc\/nginx\/sites-available\/loja\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000\n\+\+\+ /,
    );
    expect(changed.stdout).toContain('-\tlisten 443;\n+\tlisten 443 ssl;\n');
  });

  it('print file contents safely', () => {
    const hostile = withFiles(start, 'bastion', { '/tmp/evil': { content: 'x\u001b[2Jy\n', mode: 0o644 } });
    expect(run(hostile, 'grep x /tmp/evil').stdout).toBe('x^[[2Jy\n');
  });
});

describe('text commands that write files', () => {
  it('sed -i needs write access to the directory, like GNU sed’s temporary file', () => {
    const denied = run(web, `sed -i 's/ssl on;//' ${SITE}`);
    expect(denied.stderr).toMatch(
      /^sed: couldn't open temporary file \/etc\/nginx\/sites-enabled\/sed[A-Za-z0-9]{6}: Permission denied\n$/,
    );
    expect(denied.exitCode).toBe(4);
    expect(denied.state.world.servers['web-01']?.fs[SITE]).toBe(web.world.servers['web-01']?.fs[SITE]);
  });

  it('sed -i as root edits the file and records the change', () => {
    const fixed = run(web, `sudo sed -i '/ssl on;/d' ${SITE}`, `grep -c 'ssl on' ${SITE}`);
    expect(fixed.stdout).toBe('0\n');
    const entry = fixed.state.world.ledger.chunks.flat().find((e) => e.resource === `file:${SITE}`);
    expect(entry).toMatchObject({
      host: 'web-01',
      user: 'root',
      command: `sudo sed -i '/ssl on;/d' ${SITE}`,
    });
  });

  it('tee writes as its own user: sudo tee works where a redirection does not', () => {
    expect(run(start, 'echo hi | tee /etc/motd')).toMatchObject({
      stdout: 'hi\n',
      stderr: 'tee: /etc/motd: Permission denied\n',
      exitCode: 1,
    });
    expect(run(start, 'echo hi | sudo tee /etc/motd > /dev/null', 'cat /etc/motd').stdout).toBe('hi\n');
    expect(run(start, 'echo a | tee -a notes', 'echo b | tee -a notes', 'cat notes').stdout).toBe('a\nb\n');
  });

  it('sort -o and uniq OUTPUT report unwritable files with their own wording', () => {
    expect(run(start, 'sort -o /etc/sorted /etc/hosts')).toMatchObject({
      stderr: 'sort: open failed: /etc/sorted: Permission denied\n',
      exitCode: 2,
    });
    expect(run(start, 'uniq /etc/hosts /etc/u').stderr).toBe('uniq: /etc/u: Permission denied\n');
    expect(run(start, 'sort -r -o sorted /etc/hostname', 'cat sorted').stdout).toBe('bastion\n');
  });
});

describe('text commands as records', () => {
  it('answer --help and bad options like the GNU tools', () => {
    expect(run(start, 'grep --help').stdout).toMatch(
      /^Usage: grep \[OPTION\]\.\.\. PATTERNS \[FILE\]\.\.\.\n/,
    );
    expect(run(start, 'sort -Z')).toMatchObject({
      stderr: "sort: invalid option -- 'Z'\nTry 'sort --help' for more information.\n",
      exitCode: 2,
    });
    expect(run(start, 'type echo').stdout).toBe('echo is a shell builtin\n');
  });
});
