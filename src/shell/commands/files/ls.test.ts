import { describe, expect, it } from 'vitest';
import { freshShell, NOW, run, withFiles } from './testkit';

const OLD = Date.UTC(2025, 0, 15, 10);
const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega nginx.conf sites-available sites-enabled modules-enabled mime.types fastcgi_params'.split(
    ' ',
  );

function sandbox() {
  return withFiles(freshShell(), 'bastion', {
    '/srv/sb': { dir: true },
    '/srv/sb/a.txt': { content: 'hello\n', mtime: NOW - 3600_000 },
    '/srv/sb/big': { content: 'x'.repeat(123456), mtime: NOW - 60_000 },
    '/srv/sb/d': { dir: true, mode: 0o1777, mtime: NOW - 120_000 },
    '/srv/sb/d/sub': { dir: true },
    '/srv/sb/empty': { mtime: OLD },
    '/srv/sb/.hidden': {},
  });
}

describe('ls', () => {
  it('lists names in columns like GNU ls on an 80-column terminal', () => {
    const files = Object.fromEntries(GREEK.map((n) => [`/srv/cols/${n}`, {}]));
    const state = withFiles(freshShell(), 'bastion', { '/srv/cols': { dir: true }, ...files });
    expect(run(state, 'ls /srv/cols').stdout).toBe(
      [
        'alpha    eta             lambda           nu       psi              tau',
        'beta     fastcgi_params  mime.types       omega    rho              theta',
        'chi      gamma           modules-enabled  omicron  sigma            upsilon',
        'delta    iota            mu               phi      sites-available  xi',
        'epsilon  kappa           nginx.conf       pi       sites-enabled    zeta',
        '',
      ].join('\n'),
    );
    expect(run(state, 'ls -w 40 /srv/cols').stdout.split('\n').slice(0, 2)).toEqual([
      'alpha            nu',
      'beta             omega',
    ]);
  });

  it('hides dot files unless -a or -A, and -a adds . and ..', () => {
    const state = sandbox();
    expect(run(state, 'ls /srv/sb').stdout).toBe('a.txt  big  d  empty\n');
    expect(run(state, 'ls -A /srv/sb').stdout).toBe('.hidden  a.txt  big  d  empty\n');
    expect(run(state, 'ls -a /srv/sb').stdout).toBe('.  ..  .hidden  a.txt  big  d  empty\n');
    expect(run(state, 'ls -1 /srv/sb').stdout).toBe('a.txt\nbig\nd\nempty\n');
  });

  it('prints the long format with aligned columns, a total, and year for old files', () => {
    expect(run(sandbox(), 'ls -l /srv/sb').stdout).toBe(
      [
        'total 132',
        '-rw-r--r-- 1 root root      6 Nov 29 08:00 a.txt',
        '-rw-r--r-- 1 root root 123456 Nov 29 08:59 big',
        'drwxrwxrwt 3 root root   4096 Nov 29 08:58 d',
        '-rw-r--r-- 1 root root      0 Jan 15  2025 empty',
        '',
      ].join('\n'),
    );
  });

  it('combines flags: -lah gives human sizes and the . and .. entries', () => {
    const out = run(sandbox(), 'ls -lah /srv/sb').stdout.split('\n');
    expect(out[0]).toBe('total 140K');
    expect(out[1]).toMatch(/^drwxr-xr-x 3 root root 4\.0K .* \.$/);
    expect(out[2]).toMatch(/^drwxr-xr-x \d+ root root 4\.0K .* \.\.$/);
    expect(out).toContain('-rw-r--r-- 1 root root 121K Nov 29 08:59 big');
    expect(out).toContain('-rw-r--r-- 1 root root    0 Jan 15  2025 empty');
  });

  it('sorts by time with -t, reverses with -r, and by size with -S', () => {
    const state = sandbox();
    expect(run(state, 'ls -t /srv/sb').stdout).toBe('big  d  a.txt  empty\n');
    expect(run(state, 'ls -tr /srv/sb').stdout).toBe('empty  a.txt  d  big\n');
    expect(run(state, 'ls -S /srv/sb').stdout).toBe('big  d  a.txt  empty\n');
    expect(run(state, 'ls -r /srv/sb').stdout).toBe('empty  d  big  a.txt\n');
  });

  it('recurses with -R, naming each directory', () => {
    expect(run(sandbox(), 'cd /srv/sb', 'ls -R').stdout).toBe(
      '.:\na.txt  big  d  empty\n\n./d:\nsub\n\n./d/sub:\n',
    );
  });

  it('lists files before directories, with a header per directory when given several', () => {
    expect(run(sandbox(), 'cd /srv/sb', 'ls d a.txt empty').stdout).toBe('a.txt  empty\n\nd:\nsub\n');
  });

  it('lists directories themselves with -d', () => {
    expect(run(sandbox(), 'cd /srv/sb', 'ls -d d .').stdout).toBe('.  d\n');
    expect(run(sandbox(), 'cd /srv/sb', 'ls -ld d').stdout).toBe(
      'drwxrwxrwt 3 root root 4096 Nov 29 08:58 d\n',
    );
  });

  it('quotes names a shell would misread, and aligns the others', () => {
    const state = withFiles(sandbox(), 'bastion', { "/srv/sb/it's": {}, '/srv/sb/my file': {} });
    expect(run(state, 'ls /srv/sb').stdout).toBe(` a.txt   big   d   empty  "it's"  'my file'\n`);
    expect(run(state, 'ls -1 /srv/sb').stdout).toBe(`a.txt\nbig\nd\nempty\n"it's"\n'my file'\n`);
  });

  it('shows a control character in a name as a $-escape, never raw', () => {
    const state = withFiles(sandbox(), 'bastion', { '/srv/sb/a\u001bb': {} });
    expect(run(state, 'ls -1 /srv/sb').stdout).toContain("'a'$'\\033''b'\n");
  });

  it('reports a missing operand and still lists the rest, exit 2', () => {
    const result = run(sandbox(), 'ls /nope /srv/sb/a.txt');
    expect(result.stderr).toBe("ls: cannot access '/nope': No such file or directory\n");
    expect(result.stdout).toBe('/srv/sb/a.txt\n');
    expect(result.exitCode).toBe(2);
  });

  it('cannot open /root as aluno, but can with sudo', () => {
    const denied = run(freshShell(), 'ls /root');
    expect(denied.stderr).toBe("ls: cannot open directory '/root': Permission denied\n");
    expect(denied.exitCode).toBe(2);
    expect(run(freshShell(), 'sudo ls -a /root').exitCode).toBe(0);
    expect(run(freshShell(), 'ls /root/.bashrc').stderr).toBe(
      "ls: cannot access '/root/.bashrc': Permission denied\n",
    );
  });

  it('says Not a directory for a file followed by a slash', () => {
    expect(run(freshShell(), 'ls /etc/hosts/').stderr).toBe(
      "ls: cannot access '/etc/hosts/': Not a directory\n",
    );
  });

  it('gives GNU usage errors with exit 2, and --help with exit 0', () => {
    const bad = run(freshShell(), 'ls -z');
    expect(bad.stderr).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
    expect(bad.exitCode).toBe(2);
    expect(run(freshShell(), 'ls --frobnicate').stderr).toContain("ls: unrecognized option '--frobnicate'\n");
    const help = run(freshShell(), 'ls --help');
    expect(help.stdout).toMatch(/^Usage: ls \[OPTION\]\.\.\. \[FILE\]\.\.\./);
    expect(help.exitCode).toBe(0);
  });

  it('accepts --color as the Debian alias passes it', () => {
    expect(run(sandbox(), 'ls --color=auto /srv/sb').stdout).toBe('a.txt  big  d  empty\n');
  });
});
