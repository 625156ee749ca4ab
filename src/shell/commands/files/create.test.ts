import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../../core';
import { freshShell, run, withFiles } from './testkit';

describe('mkdir', () => {
  it('creates a directory owned by the user, recorded in the ledger', () => {
    const result = run(freshShell(), 'mkdir projetos', 'ls -ld projetos');
    expect(result.stdout).toBe('drwxr-xr-x 2 aluno aluno 4096 Nov 29 09:00 projetos\n');
    const entry = ledgerEntries(result.state.world.ledger).at(-1);
    expect(entry).toMatchObject({ host: 'bastion', user: 'aluno', command: 'mkdir projetos' });
    expect(entry?.resource).toBe('file:/home/aluno/projetos');
  });

  it('uses GNU wording (curly quotes) when it cannot create', () => {
    expect(run(freshShell(), 'mkdir /x/y').stderr).toBe(
      'mkdir: cannot create directory ‘/x/y’: No such file or directory\n',
    );
    expect(run(freshShell(), 'mkdir /etc/foo').stderr).toBe(
      'mkdir: cannot create directory ‘/etc/foo’: Permission denied\n',
    );
    expect(run(freshShell(), 'mkdir /etc').stderr).toBe(
      'mkdir: cannot create directory ‘/etc’: File exists\n',
    );
    expect(run(freshShell(), 'mkdir /etc/hosts/x').stderr).toBe(
      'mkdir: cannot create directory ‘/etc/hosts/x’: Not a directory\n',
    );
    expect(run(freshShell(), 'mkdir /etc').exitCode).toBe(1);
  });

  it('-p creates parents, accepts existing directories and names the one that failed', () => {
    expect(run(freshShell(), 'mkdir -p a/b/c', 'find a').stdout).toBe('a\na/b\na/b/c\n');
    expect(run(freshShell(), 'mkdir -p /etc').exitCode).toBe(0);
    expect(run(freshShell(), 'mkdir -p /etc/a/b').stderr).toBe(
      'mkdir: cannot create directory ‘/etc/a’: Permission denied\n',
    );
    expect(run(freshShell(), 'mkdir -p /etc/hosts').stderr).toBe(
      'mkdir: cannot create directory ‘/etc/hosts’: File exists\n',
    );
    expect(run(freshShell(), 'mkdir -p /etc/hosts/x').stderr).toBe(
      'mkdir: cannot create directory ‘/etc/hosts’: Not a directory\n',
    );
  });

  it('-v reports each directory and -m sets the mode', () => {
    expect(run(freshShell(), 'mkdir -pv n1/n2').stdout).toBe(
      "mkdir: created directory 'n1'\nmkdir: created directory 'n1/n2'\n",
    );
    expect(run(freshShell(), 'sudo mkdir -m 700 /srv/k', 'stat -c %A /srv/k').stdout).toBe('drwx------\n');
    expect(run(freshShell(), 'mkdir -m u+x,g=r m8', 'stat -c %A m8').stdout).toBe('drwxr--rwx\n');
    expect(run(freshShell(), 'mkdir -m bad z').stderr).toBe('mkdir: invalid mode ‘bad’\n');
  });

  it('works under sudo, owned by root', () => {
    expect(run(freshShell(), 'sudo mkdir /etc/app', 'ls -ld /etc/app').stdout).toMatch(
      /^drwxr-xr-x 2 root root /,
    );
  });

  it('needs an operand', () => {
    expect(run(freshShell(), 'mkdir').stderr).toBe(
      "mkdir: missing operand\nTry 'mkdir --help' for more information.\n",
    );
  });
});

describe('touch', () => {
  it('creates an empty file, or moves the mtime of one the user may write', () => {
    expect(run(freshShell(), 'touch novo', 'ls -l novo').stdout).toBe(
      '-rw-r--r-- 1 aluno aluno 0 Nov 29 09:00 novo\n',
    );
    const old = withFiles(freshShell(), 'bastion', {
      '/home/aluno/old': { owner: 'aluno', mtime: Date.UTC(2025, 0, 1) },
    });
    expect(run(old, 'touch old', 'ls -l old').stdout).toBe('-rw-r--r-- 1 aluno aluno 0 Nov 29 09:00 old\n');
  });

  it('is refused where aluno may not write, and works with sudo', () => {
    expect(run(freshShell(), 'touch /etc/hosts').stderr).toBe(
      "touch: cannot touch '/etc/hosts': Permission denied\n",
    );
    expect(run(freshShell(), 'touch /etc/newf').stderr).toBe(
      "touch: cannot touch '/etc/newf': Permission denied\n",
    );
    expect(run(freshShell(), 'touch /x/y').stderr).toBe(
      "touch: cannot touch '/x/y': No such file or directory\n",
    );
    expect(run(freshShell(), 'sudo touch /etc/newf', 'ls -l /etc/newf').stdout).toMatch(
      /^-rw-r--r-- 1 root root 0 /,
    );
  });

  it('-c does not create', () => {
    const result = run(freshShell(), 'touch -c nada', 'ls nada');
    expect(result.stderr).toBe("ls: cannot access 'nada': No such file or directory\n");
  });

  it('creates in /tmp, which everyone may write', () => {
    expect(run(freshShell(), 'touch /tmp/x', 'ls -l /tmp/x').stdout).toMatch(/^-rw-r--r-- 1 aluno aluno 0 /);
  });
});
