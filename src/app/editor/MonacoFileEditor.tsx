import { type RefObject, useEffect, useRef } from 'react';
import { type EditorSession, languageFor } from './editorModel';
import { monaco } from './monaco';

export interface FileEditorHandle {
  getValue(): string;
  focus(): void;
}

export interface MonacoFileEditorProps {
  session: EditorSession;
  /** The editor's accessible name (Monaco puts it on its text area). */
  label: string;
  theme: 'light' | 'dark';
  fontSize: number;
  onSave(): void;
  onCancel(): void;
  /** nano's Ctrl+X. */
  onExit(): void;
  /** Whether the text now differs from the file as opened (Monaco's own undo-aware version id). */
  onEdited(edited: boolean): void;
  /** Filled once Monaco is up: how the pane's buttons read the text and give focus back. */
  handle: RefObject<FileEditorHandle | null>;
}

/** Our Monaco themes (see `./monaco`): the stock ones with line numbers of AA contrast. */
export const monacoTheme = (theme: 'light' | 'dark') =>
  theme === 'dark' ? 'driftlab-dark' : 'driftlab-light';

/** What every editable Monaco of the app shares: its name, theme and size, and a pane-friendly layout. */
export function paneEditorOptions(label: string, theme: 'light' | 'dark', fontSize: number) {
  return {
    ariaLabel: label,
    theme: monacoTheme(theme),
    fontSize,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    // Long lines wrap: nothing to scroll sideways in a narrow pane (WCAG reflow).
    wordWrap: 'on',
    fixedOverflowWidgets: true,
  } satisfies monaco.editor.IStandaloneEditorConstructionOptions;
}

/**
 * Monaco on one file: Ctrl-S saves, Esc cancels (unless a find or suggest widget is open); opened as nano,
 * nano's Ctrl-O and Ctrl-X too.
 */
export default function MonacoFileEditor(props: MonacoFileEditorProps) {
  const { session, label, theme, fontSize, handle } = props;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<ReturnType<typeof monaco.editor.create> | null>(null);
  const actions = useRef(props);
  actions.current = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: one Monaco per opened file; label, theme and size are updated below
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const model = monaco.editor.createModel(session.original, languageFor(session.path, session.original));
    const editor = monaco.editor.create(element, {
      model,
      ...paneEditorOptions(label, theme, fontSize),
      renderWhitespace: 'selection',
      // A config file, edited as in nano or vim: no pop-up word suggestions, which would also take the first
      // Esc for themselves (Ctrl+Space still asks for them).
      quickSuggestions: false,
      suggestOnTriggerCharacters: false,
      wordBasedSuggestions: 'off',
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => actions.current.onSave());
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => actions.current.onCancel(),
      '!findWidgetVisible && !suggestWidgetVisible && !editorHasMultipleSelections',
    );
    if (session.editor === 'nano') {
      // A learner who opened nano presses nano's keys: Ctrl+O writes out, Ctrl+X exits. Ctrl is Monaco's
      // WinCtrl on a Mac (where Cmd+X still cuts) and CtrlCmd elsewhere.
      const ctrl = /Mac|iPhone|iPad/.test(navigator.platform) ? monaco.KeyMod.WinCtrl : monaco.KeyMod.CtrlCmd;
      editor.addCommand(ctrl | monaco.KeyCode.KeyO, () => actions.current.onSave());
      editor.addCommand(ctrl | monaco.KeyCode.KeyX, () => actions.current.onExit());
    }
    const openedVersion = model.getAlternativeVersionId();
    const changes = model.onDidChangeContent(() =>
      actions.current.onEdited(model.getAlternativeVersionId() !== openedVersion),
    );
    editorRef.current = editor;
    handle.current = { getValue: () => editor.getValue(), focus: () => editor.focus() };
    editor.focus();
    return () => {
      changes.dispose();
      handle.current = null;
      editorRef.current = null;
      editor.dispose();
      model.dispose();
    };
  }, [session.seq]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: label, fontSize });
  }, [label, fontSize]);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  return <div className="editor__monaco" ref={host} data-testid="monaco-editor" />;
}
