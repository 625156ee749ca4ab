import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../core';
import { freshShell, run } from './commands/files/testkit';
import { saveEditedFile } from './editor';
import type { ShellEffect } from './types';

function editorEffect(effects: readonly ShellEffect[]) {
  const effect = effects[0];
  if (effect?.kind !== 'open-editor') throw new Error('no editor effect');
  return effect;
}

describe('nano, vim and vi', () => {
  it('open the editor pane on a readable file, printing nothing', () => {
    const result = run(freshShell(), 'nano /etc/hosts');
    expect(result.output).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.effects).toEqual([
      {
        kind: 'open-editor',
        host: 'bastion',
        path: '/etc/hosts',
        user: 'aluno',
        editor: 'nano',
        command: 'nano /etc/hosts',
      },
    ]);
  });

  it('resolve relative paths and open a new file where the user may create it', () => {
    expect(editorEffect(run(freshShell(), 'vim notas.txt').effects).path).toBe('/home/aluno/notas.txt');
    expect(editorEffect(run(freshShell(), 'vi +10 /tmp/x').effects).path).toBe('/tmp/x');
  });

  it('open an empty buffer without a file', () => {
    expect(editorEffect(run(freshShell(), 'nano').effects).path).toBe('');
  });

  it('carry root as the user under sudo', () => {
    const effect = editorEffect(run(freshShell(), 'sudo nano /etc/shadow').effects);
    expect(effect).toMatchObject({ path: '/etc/shadow', user: 'root' });
  });

  it('refuse, in each editor own words, what cannot be read or created', () => {
    const shadow = run(freshShell(), 'nano /etc/shadow');
    expect(shadow.stderr).toBe('[ Error reading /etc/shadow: Permission denied ]\n');
    expect(shadow.effects).toEqual([]);
    expect(run(freshShell(), 'vim /etc/shadow').stderr).toBe('"/etc/shadow" [Permission Denied]\n');
    expect(run(freshShell(), 'nano /etc').stderr).toBe('[ "/etc" is a directory ]\n');
    expect(run(freshShell(), 'nano /etc/novo').stderr).toBe(
      '[ Error writing /etc/novo: Permission denied ]\n',
    );
    expect(run(freshShell(), 'nano /x/y').stderr).toBe("[ Directory '/x' does not exist ]\n");
    expect(run(freshShell(), 'vi /x/y').stderr).toBe('"/x/y" E212: Can\'t open file for writing\n');
  });
});

describe('saveEditedFile', () => {
  it('writes as the shell user and records the editor command in the ledger', () => {
    const opened = run(freshShell(), 'nano notas.txt');
    const saved = saveEditedFile(opened.state, '/home/aluno/notas.txt', 'oi\n', editorEffect(opened.effects));
    if (!saved.ok) throw new Error(saved.error);
    expect(run(saved.state, 'cat notas.txt').stdout).toBe('oi\n');
    expect(run(saved.state, 'ls -l notas.txt').stdout).toMatch(/^-rw-r--r-- 1 aluno aluno 3 /);
    expect(ledgerEntries(saved.state.world.ledger).at(-1)).toMatchObject({
      resource: 'file:/home/aluno/notas.txt',
      user: 'aluno',
      command: 'nano notas.txt',
    });
  });

  it('refuses a file aluno may read but not write, as nano says on save', () => {
    const opened = run(freshShell(), 'nano /etc/hosts');
    const saved = saveEditedFile(opened.state, '/etc/hosts', 'x\n', editorEffect(opened.effects));
    expect(saved).toEqual({ ok: false, error: '[ Error writing /etc/hosts: Permission denied ]' });
    const inVim = saveEditedFile(opened.state, '/etc/hosts', 'x\n', { editor: 'vim' });
    expect(inVim).toEqual({ ok: false, error: '"/etc/hosts" E212: Can\'t open file for writing' });
  });

  it('saves as root after sudo nano, keeping the file owner and mode', () => {
    const opened = run(freshShell(), 'sudo nano /etc/hosts');
    const saved = saveEditedFile(
      opened.state,
      '/etc/hosts',
      '127.0.0.1\tlocalhost\n',
      editorEffect(opened.effects),
    );
    if (!saved.ok) throw new Error(saved.error);
    expect(run(saved.state, 'cat /etc/hosts').stdout).toBe('127.0.0.1\tlocalhost\n');
    expect(run(saved.state, 'stat -c "%U %a" /etc/hosts').stdout).toBe('root 644\n');
    expect(ledgerEntries(saved.state.world.ledger).at(-1)).toMatchObject({
      user: 'root',
      command: 'sudo nano /etc/hosts',
    });
  });

  it('defaults to the current session user and needs a file name', () => {
    expect(saveEditedFile(freshShell(), '/etc/hosts', 'x').ok).toBe(false);
    expect(saveEditedFile(freshShell(), '', 'x')).toEqual({ ok: false, error: '[ No file name ]' });
    expect(saveEditedFile(freshShell(), 'rel.txt', 'x').ok).toBe(true);
  });
});
