// Apart from editorModel.ts: the first screen opens no editor, so the shell's file writing stays in the lab's
// chunk (store/lab.ts), which is the only app code that calls this.
import { type SaveResult, type ShellState, saveEditedFile } from '../../shell';
import type { EditorSession } from './editorModel';

/** Writes `content` into the world as the session's user, on the session's host. */
export function saveSession(
  shell: ShellState,
  session: EditorSession,
  content: string,
  path: string = session.path,
): SaveResult {
  return saveEditedFile(shell, path, content, {
    host: session.host,
    user: session.user,
    editor: session.editor,
    command: session.command,
  });
}
