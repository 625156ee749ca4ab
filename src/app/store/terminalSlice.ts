import type { StateCreator } from 'zustand';
import { type Execution, prompt, type ShellState } from '../../shell';
import type { OpenEditorEffect } from '../editor/editorModel';
import type { EditorSlice } from './editorSlice';
import { appendEntry, EMPTY_TRANSCRIPT, type Transcript } from './transcript';

export interface TerminalSlice {
  /** What the terminal showed: the screen reader transcript and the replay of a remounted terminal. */
  transcript: Transcript;
  /** Called by `runCommand` after every command: records it and acts on the shell's effects. */
  onExecution(line: string, before: ShellState, execution: Execution): void;
}

export const createTerminalSlice: StateCreator<
  TerminalSlice & Pick<EditorSlice, 'openEditor'>,
  [],
  [],
  TerminalSlice
> = (set, get) => ({
  transcript: EMPTY_TRANSCRIPT,
  onExecution(line, before, execution) {
    const cleared = execution.effects.some((e) => e.kind === 'clear');
    set((s) => ({
      transcript: appendEntry(
        s.transcript,
        { prompt: prompt(before), command: line, output: execution.output },
        cleared,
      ),
    }));
    const editor = execution.effects.find((e): e is OpenEditorEffect => e.kind === 'open-editor');
    if (editor) get().openEditor(editor);
  },
});
