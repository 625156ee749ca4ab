import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResolvedTheme } from '../settings/useTheme';
import { type AppState, useAppStore } from '../store';
import { focusTerminal } from '../terminal/focusTerminal';
import { EditorToolbar } from './EditorToolbar';
import type { EditorSession } from './editorModel';
import { loadFileEditor } from './lazyEditors';
import { MissionOverEditor } from './MissionOverEditor';
import type { FileEditorHandle } from './MonacoFileEditor';
import { NanoExitPrompt } from './NanoExitPrompt';
import './editor.css';

const MonacoFileEditor = lazy(loadFileEditor);

export type EditorClosed = { how: 'saved' | 'discarded'; path: string; host: string };

function FileEditorPanel({ session, onClosed }: { session: EditorSession; onClosed(c: EditorClosed): void }) {
  const { t } = useTranslation();
  const saveEditor = useAppStore((s) => s.saveEditor);
  const closeEditor = useAppStore((s) => s.closeEditor);
  const setEditorEdited = useAppStore((s) => s.setEditorEdited);
  const presenter = useAppStore((s) => s.settings.presenter);
  const theme = useResolvedTheme();
  const handle = useRef<FileEditorHandle | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [asking, setAsking] = useState(false);
  const shownPath = session.path || t('editor.unnamed');

  const save = () => {
    setAsking(false);
    const content = handle.current?.getValue();
    if (content === undefined) return;
    const path = session.path || name.trim();
    if (path === '') {
      setError(t('editor.needName'));
      nameInput.current?.focus();
      return;
    }
    const outcome = saveEditor(content, path);
    if (outcome.ok) onClosed({ how: 'saved', path, host: session.host });
    else setError(outcome.error);
  };
  const cancel = () => {
    closeEditor();
    onClosed({ how: 'discarded', path: shownPath, host: session.host });
  };

  // nano's Ctrl+X: an untouched file just closes; a modified one asks first, as nano does.
  const exit = () => {
    if (useAppStore.getState().editorEdited) setAsking(true);
    else cancel();
  };
  const resume = () => {
    setAsking(false);
    handle.current?.focus();
  };

  return (
    <section
      className="editor"
      aria-labelledby="editor-title"
      data-testid="file-editor"
      onKeyDown={(event) => {
        // The same keys as inside Monaco (which handles its own), from the toolbar's controls.
        if (event.target instanceof HTMLElement && event.target.closest('.monaco-editor')) return;
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <EditorToolbar
        session={session}
        shownPath={shownPath}
        name={name}
        onName={setName}
        nameInput={nameInput}
        onSave={save}
        onCancel={cancel}
      />
      {asking && <NanoExitPrompt onSave={save} onDiscard={cancel} onResume={resume} />}
      {error !== null && (
        <p className="editor__error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('editor.saveFailed', { error })}
        </p>
      )}
      <Suspense fallback={<p className="editor__loading">{t('editor.loading')}</p>}>
        <MonacoFileEditor
          session={session}
          label={t('editor.ariaLabel', { path: shownPath, host: session.host })}
          theme={theme}
          fontSize={presenter ? 20 : 14}
          onSave={save}
          onCancel={cancel}
          onExit={exit}
          onEdited={setEditorEdited}
          handle={handle}
        />
      </Suspense>
    </section>
  );
}

const lastEntrySeq = (s: AppState) => s.transcript.entries[s.transcript.entries.length - 1]?.seq ?? -1;

/**
 * The editor pane that `nano`, `vim` and `vi` open over the terminal: Monaco on the file, Save and Cancel.
 * When it closes, a status line says what happened and the keyboard goes back to the terminal.
 */
export function EditorOverlay() {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.editorSession);
  const setNarrowTab = useAppStore((s) => s.setNarrowTab);
  const [closed, setClosed] = useState<(EditorClosed & { seq: number }) | null>(null);
  const wasOpen = useRef(false);
  // What the last editor did is news until the terminal shows something new (the next command).
  const lastSeq = useAppStore(lastEntrySeq);
  const shown = closed && closed.seq === lastSeq ? closed : null;
  const onClosed = (c: EditorClosed) => setClosed({ ...c, seq: lastEntrySeq(useAppStore.getState()) });

  useEffect(() => {
    if (session) {
      setClosed(null);
      setNarrowTab('terminal');
    }
    if (wasOpen.current && !session) focusTerminal();
    wasOpen.current = session !== null;
  }, [session, setNarrowTab]);

  return (
    <>
      <p className="editor-notice" role="status" data-testid="editor-notice">
        {shown &&
          t(shown.how === 'saved' ? 'editor.saved' : 'editor.discarded', {
            path: shown.path,
            host: shown.host,
          })}
      </p>
      {session && <FileEditorPanel key={session.seq} session={session} onClosed={onClosed} />}
      {/* Outside the editor's section: its Escape discards the edit, the dialog's only says "keep editing". */}
      {session && <MissionOverEditor session={session} shownPath={session.path || t('editor.unnamed')} />}
    </>
  );
}
