import { describe, expect, it } from 'vitest';
import { freshShell, run, withFiles } from './testkit';

const HOSTILE = 'title\u001b]0;pwned\u0007\nclear\u001b[2J\u001b[H\nbell\u0007\n';
const INERT = 'title^[]0;pwned^G\nclear^[[2J^[[H\nbell^G\n';

function withHostileFile() {
  return withFiles(freshShell(), 'bastion', {
    '/srv/evil.txt': { content: HOSTILE },
    '/srv/lines': { content: `${Array.from({ length: 15 }, (_, i) => `line ${i + 1}`).join('\n')}\n` },
  });
}

describe('cat', () => {
  it('prints a file the user can read', () => {
    expect(run(freshShell(), 'cat /etc/hostname').stdout).toBe('bastion\n');
  });

  it('numbers lines with -n and shows ends and tabs with -A, as GNU cat', () => {
    expect(run(freshShell(), 'cat -n /etc/hosts').stdout).toBe(
      '     1\t127.0.0.1\tlocalhost\n     2\t10.0.0.10\tbastion.lab.internal\tbastion\n',
    );
    expect(run(freshShell(), 'cat -A /etc/hostname /etc/debian_version').stdout).toBe('bastion$\n12.5$\n');
  });

  it('says Permission denied for /etc/shadow as aluno, and reads it with sudo', () => {
    const denied = run(freshShell(), 'cat /etc/shadow');
    expect(denied.stderr).toBe('cat: /etc/shadow: Permission denied\n');
    expect(denied.exitCode).toBe(1);
    expect(run(freshShell(), 'sudo cat /etc/shadow').stdout).toMatch(/^root:\*:/);
  });

  it('needs search permission on every directory on the way', () => {
    expect(run(freshShell(), 'cat /root/.bashrc').stderr).toBe('cat: /root/.bashrc: Permission denied\n');
  });

  it('reports missing files and directories with GNU wording', () => {
    const result = run(freshShell(), 'cat /nope /etc');
    expect(result.stderr).toBe('cat: /nope: No such file or directory\ncat: /etc: Is a directory\n');
    expect(result.exitCode).toBe(1);
  });

  it('copies standard input without operands', () => {
    expect(run(freshShell(), 'cat /etc/hostname | cat').stdout).toBe('bastion\n');
  });

  it('makes escape sequences in a file inert', () => {
    expect(run(withHostileFile(), 'cat /srv/evil.txt').stdout).toBe(INERT);
    expect(run(withHostileFile(), 'cat -v /srv/evil.txt').stdout).toBe(INERT);
  });

  it('shows a binary as cat -v would instead of raw control bytes', () => {
    expect(run(freshShell(), 'cat /bin/ls').stdout).toMatch(/^\^\?ELF\^B\^A\^A\^@\^@ \/bin\/ls /);
  });

  it('gives the usage error for an unknown option', () => {
    const result = run(freshShell(), 'cat -z /etc/hosts');
    expect(result.stderr).toBe("cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n");
    expect(result.exitCode).toBe(1);
  });
});

describe('less and more', () => {
  it('less prints the file as a pager quit at once would leave it, made safe', () => {
    expect(run(withHostileFile(), 'less /srv/evil.txt').stdout).toBe(INERT);
    expect(run(freshShell(), 'less -N /etc/hostname').stdout).toBe('bastion\n');
  });

  it('less reports problems in its own words', () => {
    expect(run(freshShell(), 'less /nope').stderr).toBe('/nope: No such file or directory\n');
    expect(run(freshShell(), 'less /etc').stderr).toBe('/etc is a directory\n');
    expect(run(freshShell(), 'less /etc/shadow').stderr).toBe('/etc/shadow: Permission denied\n');
    expect(run(freshShell(), 'less').stderr).toBe('Missing filename ("less --help" for help)\n');
  });

  it('more heads each file when given several, and marks directories', () => {
    expect(run(freshShell(), 'more /etc/hostname /etc/debian_version /etc').stdout).toBe(
      '::::::::::::::\n/etc/hostname\n::::::::::::::\nbastion\n::::::::::::::\n/etc/debian_version\n::::::::::::::\n12.5\n\n*** /etc: directory ***\n\n',
    );
    expect(run(freshShell(), 'more /nope').stderr).toBe(
      'more: cannot open /nope: No such file or directory\n',
    );
  });

  it('pagers read a pipe', () => {
    expect(run(freshShell(), 'cat /etc/hostname | less').stdout).toBe('bastion\n');
    expect(run(freshShell(), 'cat /etc/hostname | more').stdout).toBe('bastion\n');
  });
});

describe('head and tail', () => {
  it('print the first and last lines, with -n, -NUM and +N', () => {
    const state = withHostileFile();
    expect(run(state, 'head -n 2 /srv/lines').stdout).toBe('line 1\nline 2\n');
    expect(run(state, 'head -3 /srv/lines').stdout).toBe('line 1\nline 2\nline 3\n');
    expect(run(state, 'tail -n 2 /srv/lines').stdout).toBe('line 14\nline 15\n');
    expect(run(state, 'tail -n +14 /srv/lines').stdout).toBe('line 14\nline 15\n');
    expect(run(state, 'tail /srv/lines').stdout.split('\n')[0]).toBe('line 6');
  });

  it('tail -f prints the end of the file and returns', () => {
    const result = run(withHostileFile(), 'tail -f -n 1 /srv/lines');
    expect(result.stdout).toBe('line 15\n');
    expect(result.exitCode).toBe(0);
  });

  it('respect read permission and make control characters inert', () => {
    expect(run(freshShell(), 'tail /etc/shadow').stderr).toBe(
      "tail: cannot open '/etc/shadow' for reading: Permission denied\n",
    );
    expect(run(withHostileFile(), 'head -n 1 /srv/evil.txt').stdout).toBe('title^[]0;pwned^G\n');
    expect(run(withHostileFile(), 'tail -n 1 /srv/evil.txt').stdout).toBe('bell^G\n');
  });

  it('print headers for several files', () => {
    expect(run(freshShell(), 'head -n 1 /etc/hostname /etc/debian_version').stdout).toBe(
      '==> /etc/hostname <==\nbastion\n\n==> /etc/debian_version <==\n12.5\n',
    );
  });
});
