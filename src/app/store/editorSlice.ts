import type { StateCreator } from 'zustand';
import { type EditorSession, type OpenEditorEffect, openSession } from '../editor/editorModel';
import type { HistorySlice } from './historySlice';
import { requireLab } from './labLoader';
import type { MissionSlice } from './missionSlice';
import type { ShellSlice } from './shellSlice';

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export interface EditorSlice {
  /** The file open in the editor pane (after `nano`/`vim`/`vi`), or null. */
  editorSession: EditorSession | null;
  openEditor(effect: OpenEditorEffect): void;
  /**
   * Writes the editor's text into the world (a step of the history, like a command) and closes the editor;
   * a refusal leaves the editor open with the text untouched and says why.
   */
  saveEditor(content: string, path?: string): SaveOutcome;
  /** Closes the editor, discarding what was typed. */
  closeEditor(): void;
  /** The open file's text differs from what was opened (undoing back to it clears this). */
  editorEdited: boolean;
  setEditorEdited(edited: boolean): void;
}

type State = EditorSlice &
  ShellSlice &
  Pick<HistorySlice, 'commitWorld'> &
  Pick<MissionSlice, 'afterMissionCommand'>;

export const createEditorSlice: StateCreator<State, [], [], EditorSlice> = (set, get) => ({
  editorSession: null,
  editorEdited: false,
  openEditor: (effect) =>
    set((s) => ({
      editorSession: openSession(s.shell.world, effect, (s.editorSession?.seq ?? 0) + 1),
      editorEdited: false,
    })),
  saveEditor(content, path) {
    const { editorSession: session, shell } = get();
    if (!session) return { ok: false, error: '' };
    // The shell's file writing comes with the lab, loaded before any command could open the editor.
    const saved = requireLab().saveSession(shell, session, content, path ?? session.path);
    if (!saved.ok) return saved;
    set({ shell: saved.state, editorSession: null, editorEdited: false });
    get().commitWorld(saved.state.world, session.command);
    // Saving in the editor is a command of the mission, like the line that opened it.
    get().afterMissionCommand();
    return { ok: true };
  },
  closeEditor: () => set({ editorSession: null, editorEdited: false }),
  setEditorEdited: (edited) =>
    set((s) => (s.editorSession && s.editorEdited !== edited ? { editorEdited: edited } : s)),
});
