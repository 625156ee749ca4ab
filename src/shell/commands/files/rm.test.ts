import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../../core';
import { freshShell, run, withFiles } from './testkit';

function sandbox() {
  return withFiles(freshShell(), 'bastion', {
    '/home/aluno/d': { dir: true, owner: 'aluno' },
    '/home/aluno/d/e': { dir: true, owner: 'aluno' },
    '/home/aluno/d/e/f': { owner: 'aluno' },
    '/home/aluno/d/g': { owner: 'aluno' },
    '/home/aluno/vazio': { dir: true, owner: 'aluno' },
    '/srv/mixed': { dir: true, owner: 'aluno' },
    '/srv/mixed/mine': { owner: 'aluno' },
    '/srv/mixed/locked': { dir: true },
    '/srv/mixed/locked/theirs': {},
  });
}

describe('rm', () => {
  it('removes a file and records it in the ledger', () => {
    const result = run(sandbox(), 'rm d/g', 'ls d');
    expect(result.stdout).toBe('e\n');
    expect(ledgerEntries(result.state.world.ledger).at(-1)).toMatchObject({
      resource: 'file:/home/aluno/d/g',
      after: null,
      user: 'aluno',
      command: 'rm d/g',
    });
  });

  it('refuses directories without -r, and -d removes only empty ones', () => {
    expect(run(sandbox(), 'rm d').stderr).toBe("rm: cannot remove 'd': Is a directory\n");
    expect(run(sandbox(), 'rm -d d').stderr).toBe("rm: cannot remove 'd': Directory not empty\n");
    expect(run(sandbox(), 'rm -d vazio', 'ls').stdout).toBe('d\n');
  });

  it('-r removes a tree, -v lists it depth first', () => {
    expect(run(sandbox(), 'rm -rv d').stdout).toBe(
      "removed 'd/e/f'\nremoved directory 'd/e'\nremoved 'd/g'\nremoved directory 'd'\n",
    );
    expect(run(sandbox(), 'rm -r d', 'ls').stdout).toBe('vazio\n');
  });

  it('says No such file or directory, unless -f', () => {
    const missing = run(sandbox(), 'rm /nope');
    expect(missing.stderr).toBe("rm: cannot remove '/nope': No such file or directory\n");
    expect(missing.exitCode).toBe(1);
    expect(run(sandbox(), 'rm -f /nope').exitCode).toBe(0);
    expect(run(sandbox(), 'rm -f').exitCode).toBe(0);
  });

  it('needs write permission on the directory: /etc/hosts as aluno, fine with sudo', () => {
    expect(run(sandbox(), 'rm /etc/hosts').stderr).toBe(
      "rm: cannot remove '/etc/hosts': Permission denied\n",
    );
    expect(run(sandbox(), 'sudo rm /etc/hosts', 'ls /etc/hosts').stderr).toBe(
      "ls: cannot access '/etc/hosts': No such file or directory\n",
    );
  });

  it('with -r removes what it can and keeps the directories holding what it cannot', () => {
    const result = run(sandbox(), 'rm -rf /srv/mixed');
    expect(result.stderr).toBe("rm: cannot remove '/srv/mixed/locked/theirs': Permission denied\n");
    expect(result.exitCode).toBe(1);
    expect(run(result.state, 'find /srv/mixed').stdout).toBe(
      '/srv/mixed\n/srv/mixed/locked\n/srv/mixed/locked/theirs\n',
    );
  });

  it('honours the sticky bit of /tmp: only the owner removes a file', () => {
    const tmp = withFiles(freshShell(), 'bastion', { '/tmp/root-file': {}, '/tmp/mine': { owner: 'aluno' } });
    expect(run(tmp, 'rm -f /tmp/root-file').stderr).toBe(
      "rm: cannot remove '/tmp/root-file': Permission denied\n",
    );
    expect(run(tmp, 'rm /tmp/mine').exitCode).toBe(0);
  });

  it('protects / and refuses . and ..', () => {
    expect(run(sandbox(), 'sudo rm -rf /').stderr).toBe(
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    );
    expect(run(sandbox(), 'rm -r .').stderr).toBe(
      "rm: refusing to remove '.' or '..' directory: skipping '.'\n",
    );
  });

  it('does not prompt: -i is refused with a clear message', () => {
    const result = run(sandbox(), 'rm -i d/g', 'ls d');
    expect(result.stdout).toBe('e  g\n');
  });

  it('needs an operand', () => {
    expect(run(sandbox(), 'rm').stderr).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
  });
});
