import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../../core';
import { freshShell, run, withFiles } from './testkit';

function sandbox() {
  return withFiles(freshShell(), 'bastion', {
    '/home/aluno/a.txt': { content: 'hello\n', owner: 'aluno' },
    '/home/aluno/d': { dir: true, owner: 'aluno' },
    '/home/aluno/d/f': { content: 'f\n', owner: 'aluno' },
    '/home/aluno/e': { dir: true, owner: 'aluno' },
    '/home/aluno/e/a.txt': { dir: true, owner: 'aluno' },
  });
}

describe('cp', () => {
  it('copies a file the user can read into a place the user can write', () => {
    const result = run(freshShell(), 'cp /etc/hosts h', 'ls -l h');
    expect(result.stdout).toBe('-rw-r--r-- 1 aluno aluno 59 Nov 29 09:00 h\n');
    expect(ledgerEntries(result.state.world.ledger).at(-1)).toMatchObject({ resource: 'file:/home/aluno/h' });
  });

  it('copies several sources into a directory, -v naming each', () => {
    expect(run(freshShell(), 'cp -v /etc/hosts /etc/hostname /tmp').stdout).toBe(
      "'/etc/hosts' -> '/tmp/hosts'\n'/etc/hostname' -> '/tmp/hostname'\n",
    );
  });

  it('uses coreutils wording for what it refuses', () => {
    const s = sandbox();
    expect(run(s, 'cp /nope x').stderr).toBe("cp: cannot stat '/nope': No such file or directory\n");
    expect(run(s, 'cp /etc/hosts /etc/x').stderr).toBe(
      "cp: cannot create regular file '/etc/x': Permission denied\n",
    );
    expect(run(s, 'cp /etc/shadow s').stderr).toBe(
      "cp: cannot open '/etc/shadow' for reading: Permission denied\n",
    );
    expect(run(s, 'cp d x').stderr).toBe("cp: -r not specified; omitting directory 'd'\n");
    expect(run(s, 'cp a.txt a.txt').stderr).toBe("cp: 'a.txt' and 'a.txt' are the same file\n");
    expect(run(s, 'cp -r d d/x').stderr).toBe("cp: cannot copy a directory, 'd', into itself, 'd/x'\n");
    expect(run(s, 'cp a.txt e').stderr).toBe("cp: cannot overwrite directory 'e/a.txt' with non-directory\n");
    expect(run(s, 'cp -r d a.txt').stderr).toBe(
      "cp: cannot overwrite non-directory 'a.txt' with directory 'd'\n",
    );
    expect(run(s, 'cp a.txt d nowhere').stderr).toBe("cp: target 'nowhere': No such file or directory\n");
    expect(run(s, 'cp a.txt d a.txt').stderr).toBe("cp: target 'a.txt' is not a directory\n");
    expect(run(s, 'cp a.txt').stderr).toBe(
      "cp: missing destination file operand after 'a.txt'\nTry 'cp --help' for more information.\n",
    );
  });

  it('-r copies a tree; into an existing directory it lands inside', () => {
    expect(run(sandbox(), 'cp -r d d2', 'find d2').stdout).toBe('d2\nd2/f\n');
    expect(run(sandbox(), 'cp -r d e', 'find e').stdout).toBe('e\ne/a.txt\ne/d\ne/d/f\n');
  });

  it('-p keeps mode and time; ownership only under sudo', () => {
    const result = run(freshShell(), 'sudo cp -a /etc/shadow /tmp/s', 'sudo ls -l /tmp/s');
    expect(result.stdout).toBe('-rw-r----- 1 root shadow 53 May 13  2026 /tmp/s\n');
  });

  it('-n never overwrites', () => {
    expect(run(sandbox(), 'cp -n /etc/hostname a.txt', 'cat a.txt').stdout).toBe('hello\n');
    expect(run(sandbox(), 'cp /etc/hostname a.txt', 'cat a.txt').stdout).toBe('bastion\n');
  });
});

describe('mv', () => {
  it('renames within a directory the user may write, -v saying so', () => {
    const result = run(sandbox(), 'mv -v a.txt b.txt');
    expect(result.stdout).toBe("renamed 'a.txt' -> 'b.txt'\n");
    expect(run(result.state, 'ls').stdout).toBe('b.txt  d  e\n');
  });

  it('moves into a directory, and replaces an empty directory of the same name', () => {
    expect(run(sandbox(), 'mv d /tmp', 'find /tmp').stdout).toBe('/tmp\n/tmp/d\n/tmp/d/f\n');
    const empty = withFiles(sandbox(), 'bastion', { '/home/aluno/x': { dir: true, owner: 'aluno' } });
    expect(run(empty, 'mkdir x/d', 'mv d x', 'find x').stdout).toBe('x\nx/d\nx/d/f\n');
  });

  it('needs write permission on both directories', () => {
    expect(run(sandbox(), 'mv /etc/hosts /tmp/h').stderr).toBe(
      "mv: cannot move '/etc/hosts' to '/tmp/h': Permission denied\n",
    );
    expect(run(sandbox(), 'mv a.txt /etc').stderr).toBe(
      "mv: cannot move 'a.txt' to '/etc/a.txt': Permission denied\n",
    );
    expect(run(sandbox(), 'sudo mv /etc/hosts /etc/hosts.bak', 'ls /etc/hosts.bak').stdout).toBe(
      '/etc/hosts.bak\n',
    );
  });

  it('uses coreutils wording for what it refuses', () => {
    const s = sandbox();
    expect(run(s, 'mv /nope x').stderr).toBe("mv: cannot stat '/nope': No such file or directory\n");
    expect(run(s, 'mv a.txt a.txt').stderr).toBe("mv: 'a.txt' and 'a.txt' are the same file\n");
    expect(run(s, 'mv d d/x').stderr).toBe("mv: cannot move 'd' to a subdirectory of itself, 'd/x'\n");
    expect(run(s, 'mv a.txt e').stderr).toBe("mv: cannot overwrite directory 'e/a.txt' with non-directory\n");
    expect(run(s, 'mv a.txt nowhere/x').stderr).toBe(
      "mv: cannot move 'a.txt' to 'nowhere/x': No such file or directory\n",
    );
    expect(run(s, 'mkdir -p g/d', 'touch g/d/z', 'mv d g').stderr).toBe(
      "mv: cannot move 'd' to 'g/d': Directory not empty\n",
    );
    expect(run(s, 'mv').stderr).toBe("mv: missing file operand\nTry 'mv --help' for more information.\n");
  });

  it('records the move in the ledger as a removal and a creation', () => {
    const result = run(sandbox(), 'mv a.txt b.txt');
    const last = ledgerEntries(result.state.world.ledger).slice(-2);
    expect(last.map((e) => [e.resource, e.after === null])).toEqual([
      ['file:/home/aluno/a.txt', true],
      ['file:/home/aluno/b.txt', false],
    ]);
  });
});
