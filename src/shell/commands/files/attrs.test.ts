import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../../core';
import { applyMode, parseMode } from './mode';
import { freshShell, run, withFiles } from './testkit';

function mode(spec: string, from: number, isDir = false): string {
  const parsed = parseMode(spec);
  if (!parsed) throw new Error(`invalid ${spec}`);
  return applyMode(parsed, from, isDir).toString(8).padStart(4, '0');
}

function sandbox() {
  return withFiles(freshShell(), 'bastion', {
    '/home/aluno/f': { owner: 'aluno' },
    '/home/aluno/script.sh': { owner: 'aluno', content: '#!/bin/sh\n' },
    '/home/aluno/d': { dir: true, owner: 'aluno' },
    '/home/aluno/d/inner': { owner: 'aluno' },
  });
}

describe('chmod modes', () => {
  it('reads octal and symbolic modes as coreutils does', () => {
    expect(mode('755', 0o644)).toBe('0755');
    expect(mode('u+x', 0o644)).toBe('0744');
    expect(mode('go-w', 0o666)).toBe('0644');
    expect(mode('a=r,u+w', 0o777)).toBe('0644');
    expect(mode('g=u,o=', 0o640)).toBe('0660');
    expect(mode('+X', 0o644)).toBe('0644');
    expect(mode('+X', 0o644, true)).toBe('0755');
    expect(mode('u+s,+t', 0o755)).toBe('5755');
  });

  it('lets the umask (022) filter a clause without who', () => {
    expect(mode('+w', 0o444)).toBe('0644');
    expect(mode('=rw', 0o755)).toBe('0644');
    expect(mode('a+w', 0o444)).toBe('0666');
  });

  it('keeps a directory setgid bit under a short octal mode', () => {
    expect(mode('755', 0o2755, true)).toBe('2755');
    expect(mode('00755', 0o2755, true)).toBe('0755');
  });

  it('rejects what chmod calls an invalid mode', () => {
    for (const bad of ['x', '999', 'u+q', 'z=r', '']) expect(parseMode(bad)).toBeNull();
  });
});

describe('chmod', () => {
  it('changes the mode of the user own file, -v and -c reporting', () => {
    const s = sandbox();
    expect(run(s, 'chmod -v u+x,go-w script.sh').stdout).toBe(
      "mode of 'script.sh' changed from 0644 (rw-r--r--) to 0744 (rwxr--r--)\n",
    );
    expect(run(s, 'chmod -v 644 f').stdout).toBe("mode of 'f' retained as 0644 (rw-r--r--)\n");
    expect(run(s, 'chmod -c 644 f').stdout).toBe('');
    expect(run(s, 'chmod +x script.sh', 'ls -l script.sh').stdout).toMatch(/^-rwxr-xr-x 1 aluno aluno /);
  });

  it('accepts -w as a mode', () => {
    expect(run(sandbox(), 'chmod -w f', 'stat -c %A f').stdout).toBe('-r--r--r--\n');
  });

  it('recurses with -R', () => {
    expect(run(sandbox(), 'chmod -R go-rwx d', 'stat -c %a d d/inner').stdout).toBe('700\n600\n');
  });

  it('is not permitted on files of others, except as root', () => {
    const denied = run(sandbox(), 'chmod 777 /etc/hosts');
    expect(denied.stderr).toBe("chmod: changing permissions of '/etc/hosts': Operation not permitted\n");
    expect(denied.exitCode).toBe(1);
    const done = run(sandbox(), 'sudo chmod 600 /etc/hosts', 'sudo stat -c %a /etc/hosts');
    expect(done.stdout).toBe('600\n');
    expect(ledgerEntries(done.state.world.ledger).at(-1)).toMatchObject({
      resource: 'file:/etc/hosts',
      user: 'root',
    });
  });

  it('uses coreutils wording for bad modes and missing operands', () => {
    expect(run(sandbox(), 'chmod x f').stderr).toBe(
      "chmod: invalid mode: ‘x’\nTry 'chmod --help' for more information.\n",
    );
    expect(run(sandbox(), 'chmod 644').stderr).toBe(
      "chmod: missing operand after ‘644’\nTry 'chmod --help' for more information.\n",
    );
    expect(run(sandbox(), 'chmod 644 /nope').stderr).toBe(
      "chmod: cannot access '/nope': No such file or directory\n",
    );
  });
});

describe('chown', () => {
  it('lets root give files away, -v describing the change', () => {
    const result = run(sandbox(), 'sudo chown -v www-data:www-data /etc/hosts');
    expect(result.stdout).toBe("changed ownership of '/etc/hosts' from root:root to www-data:www-data\n");
    expect(run(result.state, 'ls -l /etc/hosts').stdout).toMatch(/^-rw-r--r-- 1 www-data www-data /);
  });

  it('takes user, user:group, user: (login group), :group and numeric ids', () => {
    const s = sandbox();
    expect(run(s, 'sudo chown root f', 'stat -c %U:%G f').stdout).toBe('root:aluno\n');
    expect(run(s, 'sudo chown www-data: f', 'stat -c %U:%G f').stdout).toBe('www-data:www-data\n');
    expect(run(s, 'sudo chown :adm f', 'stat -c %U:%G f').stdout).toBe('aluno:adm\n');
    expect(run(s, 'sudo chown 33:4 f', 'stat -c %U:%G f').stdout).toBe('www-data:adm\n');
  });

  it('-R changes a whole tree', () => {
    expect(run(sandbox(), 'sudo chown -R root:root d', 'stat -c %U d d/inner').stdout).toBe('root\nroot\n');
  });

  it('lets an owner move a file to one of their groups, nothing more', () => {
    const s = sandbox();
    expect(run(s, 'chown aluno:adm f', 'stat -c %G f').stdout).toBe('adm\n');
    expect(run(s, 'chown root f').stderr).toBe("chown: changing ownership of 'f': Operation not permitted\n");
    expect(run(s, 'chown :www-data f').stderr).toBe(
      "chown: changing group of 'f': Operation not permitted\n",
    );
    expect(run(s, 'chown aluno /etc/hosts').stderr).toBe(
      "chown: changing ownership of '/etc/hosts': Operation not permitted\n",
    );
  });

  it('rejects unknown users and groups', () => {
    expect(run(sandbox(), 'chown bob f').stderr).toBe('chown: invalid user: ‘bob’\n');
    expect(run(sandbox(), 'chown root:bob f').stderr).toBe('chown: invalid group: ‘root:bob’\n');
    expect(run(sandbox(), 'chown').stderr).toBe(
      "chown: missing operand\nTry 'chown --help' for more information.\n",
    );
  });
});
