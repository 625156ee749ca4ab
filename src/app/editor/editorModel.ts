/**
 * The editor pane's model, free of Monaco and React: which file a `nano`/`vim`/`vi` effect opens, with what
 * text, in which language, and how a save goes through the shell's own permission rules.
 */
import type { World } from '../../core';
import type { ShellEffect } from '../../shell';

export type OpenEditorEffect = Extract<ShellEffect, { kind: 'open-editor' }>;

export interface EditorSession {
  host: string;
  /** Absolute path; '' for a new unnamed buffer (`nano` alone). */
  path: string;
  /** Who edits: saving goes through this user's permissions (root under `sudo nano`). */
  user: string;
  editor: 'nano' | 'vim' | 'vi';
  /** The command line that opened the editor: the ledger entry of a save names it. */
  command: string;
  /** The file's text when it was opened ('' for a new file). */
  original: string;
  /** The file did not exist: saving creates it. */
  isNew: boolean;
  /** Increases with every opening, so the same file opened twice starts afresh. */
  seq: number;
}

export function openSession(world: World, effect: OpenEditorEffect, seq: number): EditorSession {
  const node = effect.path === '' ? undefined : world.servers[effect.host]?.fs[effect.path];
  const original = node?.kind === 'file' ? node.content : '';
  const editor = effect.editor ?? 'nano';
  return {
    host: effect.host,
    path: effect.path,
    user: effect.user,
    editor,
    command: effect.command ?? (effect.path ? `${editor} ${effect.path}` : editor),
    original,
    isNew: node === undefined,
    seq,
  };
}

/** The highlighting languages the editor registers (Monaco's ids, `nginx` being ours). */
export type EditorLanguage = 'nginx' | 'ini' | 'yaml' | 'shell' | 'plaintext';

const SHELL_FILES = new Set(['.bashrc', '.profile', '.bash_profile', '.bash_logout', '.bash_aliases']);

/** Which highlighting fits a file: by where it lives and its name, then by a `#!` first line. */
export function languageFor(path: string, content = ''): EditorLanguage {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  if (path.startsWith('/etc/nginx/') || ext === '.nginx') return 'nginx';
  if (ext === '.yml' || ext === '.yaml') return 'yaml';
  if (ext === '.sh' || ext === '.bash' || SHELL_FILES.has(name) || path.startsWith('/etc/default/')) {
    return 'shell';
  }
  if (['.ini', '.cfg', '.conf', '.service', '.timer', '.socket', '.cnf'].includes(ext)) return 'ini';
  if (/^#!.*\b(ba|da|z)?sh\b/.test(content)) return 'shell';
  return 'plaintext';
}
