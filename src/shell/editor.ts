/**
 * What the UI calls when the learner saves in the editor pane. The write goes through the same rules as the
 * shell user's (root after `sudo nano`), through the core's writeFile so the ledger records it, and a
 * refusal comes back in the words the editor would show in its status line.
 */
import { mayWrite, resolvePath, writeFile } from '../core';
import { blockedOnTheWay } from './commands/files/access';
import { outcomeText } from './commands/files/change';
import { FS_ERROR_TEXT } from './fs';
import { currentSession } from './session';
import type { ShellEffect, ShellState } from './types';

export type SaveResult = { ok: true; state: ShellState } | { ok: false; error: string };

/** Who saves where: the open-editor effect carries exactly this. */
export type SaveAs = Partial<
  Pick<Extract<ShellEffect, { kind: 'open-editor' }>, 'host' | 'user' | 'editor' | 'command'>
>;

function refusal(editor: SaveAs['editor'], path: string, reason: string): SaveResult {
  const error =
    editor === 'vim' || editor === 'vi'
      ? `"${path}" E212: Can't open file for writing`
      : `[ Error writing ${path}: ${reason} ]`;
  return { ok: false, error };
}

/**
 * Saves `content` to `path` on the editor's host as the editor's user (by default the current session's),
 * returning the new shell state or the editor's error line.
 */
export function saveEditedFile(
  state: ShellState,
  path: string,
  content: string,
  as: SaveAs = {},
): SaveResult {
  const session = currentSession(state);
  const host = as.host ?? session.host;
  const user = as.user ?? session.user;
  if (path === '') return { ok: false, error: '[ No file name ]' };
  const server = state.world.servers[host];
  if (!server) return { ok: false, error: `[ Error writing ${path}: ${FS_ERROR_TEXT.ENOENT} ]` };
  const absolute = resolvePath(host === session.host ? session.cwd : '/', path);
  const blocked = blockedOnTheWay(server, absolute, user);
  if (blocked) return refusal(as.editor, path, FS_ERROR_TEXT[blocked]);
  if (server.fs[absolute]?.kind === 'dir') return refusal(as.editor, path, FS_ERROR_TEXT.EISDIR);
  if (!mayWrite(server, absolute, user)) return refusal(as.editor, path, FS_ERROR_TEXT.EACCES);
  const actor = { user, command: as.command ?? `${as.editor ?? 'nano'} ${path}` };
  const { world, outcome } = writeFile(state.world, host, absolute, content, actor);
  if (!outcome.ok) return refusal(as.editor, path, outcomeText(outcome));
  return { ok: true, state: { ...state, world } };
}
