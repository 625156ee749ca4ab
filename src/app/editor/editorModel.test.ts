import { describe, expect, it } from 'vitest';
import { LAB_START } from '../../content';
import { frotaWorld } from '../../core';
import { createRegistry, createShell, execute, type ShellState } from '../../shell';
import { languageFor, type OpenEditorEffect, openSession } from './editorModel';
import { saveSession } from './saveSession';

const registry = createRegistry();

function shellOn(host: string): ShellState {
  let shell = createShell(frotaWorld({ seed: 1, now: LAB_START }));
  shell = execute(shell, registry, `ssh ${host}`).state;
  return shell;
}

function openWith(shell: ShellState, line: string): OpenEditorEffect {
  const run = execute(shell, registry, line);
  const effect = run.effects.find((e): e is OpenEditorEffect => e.kind === 'open-editor');
  if (!effect) throw new Error(`no editor opened by ${line}: ${run.output}`);
  return effect;
}

describe('editor sessions', () => {
  it('opens an existing file with its text, as the effective user', () => {
    const shell = shellOn('web-01');
    const effect = openWith(shell, 'sudo nano /etc/loja/loja.ini');
    const session = openSession(shell.world, effect, 1);
    expect(session).toMatchObject({
      host: 'web-01',
      path: '/etc/loja/loja.ini',
      user: 'root',
      editor: 'nano',
    });
    expect(session.isNew).toBe(false);
    const node = shell.world.servers['web-01']?.fs['/etc/loja/loja.ini'];
    expect(node?.kind === 'file' && session.original === node.content && node.content.length > 0).toBe(true);
    expect(session.command).toBe('sudo nano /etc/loja/loja.ini');
  });

  it('opens a file that does not exist yet as a new, empty buffer', () => {
    const shell = shellOn('web-01');
    const session = openSession(shell.world, openWith(shell, 'vim notas.txt'), 2);
    expect(session).toMatchObject({
      path: '/home/aluno/notas.txt',
      original: '',
      isNew: true,
      editor: 'vim',
    });
  });

  it('saves through the shell: root may write the config, the ledger names the command', () => {
    const shell = shellOn('web-01');
    const session = openSession(shell.world, openWith(shell, 'sudo nano /etc/loja/loja.ini'), 1);
    const saved = saveSession(shell, session, `${session.original}# edited\n`);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const node = saved.state.world.servers['web-01']?.fs['/etc/loja/loja.ini'];
    expect(node?.kind === 'file' && node.content.endsWith('# edited\n')).toBe(true);
    expect(saved.state.world.ledger).not.toBe(shell.world.ledger);
  });

  it('refuses a save the user may not make, in the editor’s words, leaving the world alone', () => {
    const shell = shellOn('web-01');
    const session = openSession(shell.world, openWith(shell, 'nano /etc/nginx/nginx.conf'), 1);
    expect(session.user).toBe('aluno');
    const saved = saveSession(shell, session, 'x');
    expect(saved).toEqual({ ok: false, error: '[ Error writing /etc/nginx/nginx.conf: Permission denied ]' });
    const vim = openSession(shell.world, openWith(shell, 'vim /etc/nginx/nginx.conf'), 2);
    expect(saveSession(shell, vim, 'x')).toEqual({
      ok: false,
      error: `"/etc/nginx/nginx.conf" E212: Can't open file for writing`,
    });
  });

  it('needs a name for a new unnamed buffer', () => {
    const shell = shellOn('web-01');
    const session = openSession(shell.world, openWith(shell, 'nano'), 1);
    expect(session.path).toBe('');
    expect(saveSession(shell, session, 'hi')).toEqual({ ok: false, error: '[ No file name ]' });
    expect(saveSession(shell, session, 'hi\n', 'oi.txt').ok).toBe(true);
  });
});

describe('languageFor', () => {
  it.each([
    ['/etc/nginx/nginx.conf', 'nginx'],
    ['/etc/nginx/sites-enabled/loja', 'nginx'],
    ['/etc/loja/loja.ini', 'ini'],
    ['/etc/postgresql/15/main/postgresql.conf', 'ini'],
    ['/etc/systemd/system/loja.service', 'ini'],
    ['/etc/ansible/site.yml', 'yaml'],
    ['/home/aluno/.bashrc', 'shell'],
    ['/usr/local/bin/deploy.sh', 'shell'],
    ['/etc/default/loja', 'shell'],
    ['/etc/hosts', 'plaintext'],
  ] as const)('%s is %s', (path, language) => {
    expect(languageFor(path)).toBe(language);
  });

  it('recognises a script by its #! line', () => {
    expect(languageFor('/usr/local/bin/backup', '#!/bin/bash\necho ok\n')).toBe('shell');
    expect(languageFor('/usr/local/bin/backup', 'plain\n')).toBe('plaintext');
  });
});
