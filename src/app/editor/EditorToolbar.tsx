import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorSession } from './editorModel';

interface EditorToolbarProps {
  session: EditorSession;
  shownPath: string;
  /** The name typed for an unnamed buffer (`nano` alone). */
  name: string;
  onName(name: string): void;
  nameInput: RefObject<HTMLInputElement | null>;
  onSave(): void;
  onCancel(): void;
}

/** The editor's title (file, host, user), the keys it answers to, and its Save and Cancel buttons. */
export function EditorToolbar({
  session,
  shownPath,
  name,
  onName,
  nameInput,
  onSave,
  onCancel,
}: EditorToolbarProps) {
  const { t } = useTranslation();
  return (
    <header className="editor__bar">
      <div className="editor__heading">
        <h3 id="editor-title" className="editor__title">
          {t('editor.title', { editor: session.editor, path: shownPath })}
        </h3>
        <p className="editor__meta">
          {t('editor.where', { host: session.host, user: session.user })}
          {session.isNew && ` · ${t('editor.newFile')}`}
        </p>
        <p className="editor__help" id="editor-help">
          {t(session.editor === 'nano' ? 'editor.helpNano' : 'editor.help')}
        </p>
      </div>
      {session.path === '' && (
        <label className="editor__name">
          <span>{t('editor.fileName')}</span>
          <input
            ref={nameInput}
            value={name}
            onChange={(event) => onName(event.target.value)}
            spellCheck={false}
          />
        </label>
      )}
      <div className="editor__actions">
        <button type="button" className="button button--primary" onClick={onSave}>
          <span aria-hidden="true">✔ </span>
          {t('editor.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          <span aria-hidden="true">✕ </span>
          {t('editor.cancel')}
        </button>
      </div>
    </header>
  );
}
