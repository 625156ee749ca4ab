import { describe, expect, it } from 'vitest';
import { fingerprint } from '../drift/summary';
import { chmodPath, chownPath } from './fileAttrs';
import { copyPath, movePath } from './fileMove';
import { makeDir, removePath, touchPath, writeFile } from './files';
import { mayWrite } from './permissions';
import { setReachable } from './system';
import { fileText, frota, NOW, newEntries, root, server } from './testkit';

const INI = '/etc/loja/loja.ini';
const aluno = { user: 'aluno', command: 'echo hi > notes.txt' };
const code = (r: { outcome: { ok: boolean } }) => ('code' in r.outcome ? r.outcome.code : 'OK');

describe('writeFile', () => {
  it('edits a file in place: content, mtime, disk, one small ledger entry', () => {
    const start = frota();
    const old = fileText(start, 'web-02', INI) ?? '';
    const edited = old.replace('timeout = 30', 'timeout = 120');
    const r = writeFile(start, 'web-02', INI, edited, root('sed -i s/30/120/ /etc/loja/loja.ini'));
    const node = server(r.world, 'web-02').fs[INI];
    expect(node).toMatchObject({ content: edited, owner: 'root', group: 'loja', mode: 0o640, mtime: NOW });
    expect(server(r.world, 'web-02').disk.usedMb).toBeCloseTo(server(start, 'web-02').disk.usedMb, 3);
    expect(newEntries(start, r.world)).toMatchObject([
      {
        host: 'web-02',
        resource: `file:${INI}`,
        before: `${old.length} bytes #${fingerprint(old)} 0640 root:loja`,
        after: `${edited.length} bytes #${fingerprint(edited)} 0640 root:loja`,
      },
    ]);
  });

  it('creates a new file owned by the actor, appends, and grows the disk', () => {
    const start = frota();
    const created = writeFile(start, 'bastion', '/home/aluno/notes.txt', 'hi\n', aluno);
    const appended = writeFile(created.world, 'bastion', '/home/aluno/notes.txt', 'there\n', aluno, {
      append: true,
    });
    expect(server(appended.world, 'bastion').fs['/home/aluno/notes.txt']).toMatchObject({
      content: 'hi\nthere\n',
      owner: 'aluno',
      group: 'aluno',
      mode: 0o644,
    });
    const big = writeFile(start, 'bastion', '/tmp/big', 'x'.repeat(3 * 1_048_576), root('dd'));
    expect(server(big.world, 'bastion').disk.usedMb).toBeCloseTo(server(start, 'bastion').disk.usedMb + 3, 3);
  });

  it('reports EISDIR, ENOENT and ENOTDIR; an unreachable host refuses', () => {
    const world = frota();
    expect(code(writeFile(world, 'web-01', '/etc', 'x', aluno))).toBe('EISDIR');
    expect(code(writeFile(world, 'web-01', '/nope/file', 'x', aluno))).toBe('ENOENT');
    expect(code(writeFile(world, 'web-01', '/etc/hosts/file', 'x', aluno))).toBe('ENOTDIR');
    const cut = setReachable(world, 'web-01', false, root('chaos')).world;
    expect(code(writeFile(cut, 'web-01', '/tmp/x', 'x', aluno))).toBe('UNREACHABLE');
  });

  it('touch creates an empty file, or only moves the mtime of an existing one', () => {
    const start = frota();
    const made = touchPath(start, 'web-01', '/tmp/flag', root('touch /tmp/flag'));
    expect(fileText(made.world, 'web-01', '/tmp/flag')).toBe('');
    const again = touchPath(
      { ...made.world, now: NOW + 5000 },
      'web-01',
      '/tmp/flag',
      root('touch /tmp/flag'),
    );
    expect(server(again.world, 'web-01').fs['/tmp/flag']?.mtime).toBe(NOW + 5000);
    expect(newEntries(start, again.world)).toHaveLength(1);
  });
});

describe('removePath and makeDir', () => {
  it('rm needs -r for directories; rmdir needs them empty', () => {
    const world = frota();
    expect(code(removePath(world, 'web-01', '/etc/loja', root('rm /etc/loja')))).toBe('EISDIR');
    expect(code(removePath(world, 'web-01', '/etc/loja', root('rmdir'), { dirOnly: true }))).toBe(
      'ENOTEMPTY',
    );
    expect(code(removePath(world, 'web-01', INI, root('rmdir'), { dirOnly: true }))).toBe('ENOTDIR');
    expect(code(removePath(world, 'web-01', '/etc/nope', root('rm')))).toBe('ENOENT');
    expect(code(removePath(world, 'web-01', '/', root('rm -rf /'), { recursive: true }))).toBe('EBUSY');
    const r = removePath(world, 'web-01', '/etc/loja', root('rm -r /etc/loja'), { recursive: true });
    expect(server(r.world, 'web-01').fs[INI]).toBeUndefined();
    expect(server(r.world, 'web-01').fs['/etc/loja']).toBeUndefined();
    expect(newEntries(world, r.world)).toMatchObject([
      { resource: 'file:/etc/loja', before: 'dir 0755 root:root +1 below', after: null },
    ]);
  });

  it('mkdir: EEXIST, ENOENT without -p, parents with -p', () => {
    const world = frota();
    expect(code(makeDir(world, 'web-01', '/etc', root('mkdir /etc')))).toBe('EEXIST');
    expect(code(makeDir(world, 'web-01', '/srv/a/b', root('mkdir /srv/a/b')))).toBe('ENOENT');
    expect(code(makeDir(world, 'web-01', '/etc/hosts/x', root('mkdir')))).toBe('ENOTDIR');
    expect(makeDir(world, 'web-01', '/etc', root('mkdir -p /etc'), { parents: true }).world).toBe(world);
    const r = makeDir(world, 'web-01', '/srv/a/b', root('mkdir -p /srv/a/b'), { parents: true, mode: 0o700 });
    expect(server(r.world, 'web-01').fs['/srv/a']).toMatchObject({ kind: 'dir', mode: 0o755 });
    expect(server(r.world, 'web-01').fs['/srv/a/b']).toMatchObject({ kind: 'dir', mode: 0o700 });
    expect(newEntries(world, r.world).map((e) => e.resource)).toEqual(['file:/srv/a', 'file:/srv/a/b']);
  });
});

describe('chmod, chown', () => {
  it('change attributes, recursively if asked, and check names', () => {
    const world = frota();
    const r = chmodPath(world, 'web-01', INI, 0o600, root('chmod 600'));
    expect(server(r.world, 'web-01').fs[INI]?.mode).toBe(0o600);
    expect(chmodPath(r.world, 'web-01', INI, 0o600, root('chmod 600')).world).toBe(r.world);
    const owned = chownPath(world, 'web-01', '/etc/loja', 'loja', 'loja', root('chown -R'), {
      recursive: true,
    });
    expect(server(owned.world, 'web-01').fs[INI]).toMatchObject({ owner: 'loja', group: 'loja' });
    expect(newEntries(world, owned.world)).toMatchObject([
      { resource: 'file:/etc/loja', after: 'dir 0755 loja:loja (2 entries)' },
    ]);
    expect(chownPath(world, 'web-01', INI, 'bob', undefined, root('chown bob')).outcome).toMatchObject({
      code: 'UNKNOWN_USER',
      params: { name: 'bob' },
    });
    expect(code(chownPath(world, 'web-01', INI, undefined, 'nogroup2', root('chgrp')))).toBe('UNKNOWN_GROUP');
    expect(code(chownPath(world, 'web-01', INI, undefined, 'adm', root('chgrp adm')))).toBe('OK');
  });
});

describe('cp and mv', () => {
  it('cp into a directory, over a file, and refuses directories without -r or into themselves', () => {
    const world = frota();
    const r = copyPath(world, 'web-01', INI, '/root', root('cp /etc/loja/loja.ini /root'));
    expect(server(r.world, 'web-01').fs['/root/loja.ini']).toMatchObject({
      owner: 'root',
      mode: 0o640,
      mtime: NOW,
    });
    expect(code(copyPath(world, 'web-01', '/etc/loja', '/root', root('cp')))).toBe('EISDIR');
    expect(
      code(copyPath(world, 'web-01', '/etc/loja', '/etc/loja/sub', root('cp -r'), { recursive: true })),
    ).toBe('EINVAL');
    const tree = copyPath(world, 'web-01', '/etc/loja', '/root/backup', root('cp -r'), { recursive: true });
    expect(fileText(tree.world, 'web-01', '/root/backup/loja.ini')).toBe(fileText(world, 'web-01', INI));
    const over = copyPath(world, 'web-01', '/etc/hostname', INI, root('cp /etc/hostname /etc/loja/loja.ini'));
    expect(server(over.world, 'web-01').fs[INI]).toMatchObject({
      content: 'web-01\n',
      group: 'loja',
      mode: 0o640,
    });
  });

  it('mv renames or moves into a directory, keeps mtime, and refuses impossible targets', () => {
    const world = frota();
    const r = movePath(world, 'web-01', INI, '/etc/loja/loja.ini.bak', root('mv'));
    const moved = server(r.world, 'web-01').fs['/etc/loja/loja.ini.bak'];
    expect(moved).toEqual(server(world, 'web-01').fs[INI]);
    expect(server(r.world, 'web-01').fs[INI]).toBeUndefined();
    expect(newEntries(world, r.world).map((e) => [e.resource, e.after === null])).toEqual([
      [`file:${INI}`, true],
      ['file:/etc/loja/loja.ini.bak', false],
    ]);
    const into = movePath(world, 'web-01', '/etc/loja', '/srv', root('mv /etc/loja /srv'));
    expect(fileText(into.world, 'web-01', '/srv/loja/loja.ini')).toBe(fileText(world, 'web-01', INI));
    expect(code(movePath(world, 'web-01', '/etc/loja', '/etc/loja/x', root('mv')))).toBe('EINVAL');
    expect(code(movePath(world, 'web-01', '/etc/loja', '/etc/hostname', root('mv')))).toBe('ENOTDIR');
    expect(code(movePath(world, 'web-01', '/nope', '/tmp', root('mv')))).toBe('ENOENT');
  });
});

describe('mayWrite (Unix rules shared by the shell and the editor)', () => {
  const web = server(frota(), 'web-01');

  it('root bypasses; others need write on the file to modify it, on the directory to create or remove', () => {
    expect(mayWrite(web, INI, 'root')).toBe(true);
    expect(mayWrite(web, INI, 'aluno')).toBe(false);
    expect(mayWrite(web, '/home/aluno/.bashrc', 'aluno')).toBe(true);
    expect(mayWrite(web, '/home/aluno/new.txt', 'aluno')).toBe(true);
    expect(mayWrite(web, '/etc/new.conf', 'aluno')).toBe(false);
    expect(mayWrite(web, '/home/aluno/.bashrc', 'aluno', 'remove')).toBe(true);
  });

  it('group bits, search permission on ancestors, and the sticky bit on /tmp', () => {
    const world = writeFile(frota(), 'web-01', '/tmp/root-owned', 'x', root('touch')).world;
    const s = server(world, 'web-01');
    expect(mayWrite(s, '/tmp/mine', 'aluno')).toBe(true);
    expect(mayWrite(s, '/tmp/root-owned', 'aluno', 'remove')).toBe(false);
    expect(mayWrite(s, '/root/x', 'aluno')).toBe(false);
    const shared = chmodPath(world, 'web-01', '/var/log/syslog', 0o660, root('chmod')).world;
    expect(mayWrite(server(shared, 'web-01'), '/var/log/syslog', 'aluno')).toBe(true);
  });
});
