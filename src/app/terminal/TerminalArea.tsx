import { EditorOverlay } from '../editor/EditorOverlay';
import { TerminalPane } from '../panes/TerminalPane';
import { useAppStore } from '../store';
import { TerminalTranscript } from './TerminalTranscript';

/**
 * The terminal pane's content: the terminal, the editor that `nano`/`vim` open over it (the terminal is
 * inert meanwhile, as a real one is while nano runs), and the transcript screen readers follow.
 */
export function TerminalArea() {
  const editing = useAppStore((s) => s.editorSession !== null);
  return (
    <div className="terminal-area">
      <div className="terminal-area__terminal" inert={editing}>
        <TerminalPane />
      </div>
      <EditorOverlay />
      <TerminalTranscript />
    </div>
  );
}
