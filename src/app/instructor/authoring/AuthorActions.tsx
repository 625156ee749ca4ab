import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Checked, DOC_MAX_CHARS, type DocError, type DocKind, fail } from '../../../content/authored';
import { DocErrorMessage } from '../DocErrorMessage';
import { browserStorage, exampleText, exportName } from './authorModel';
import { downloadText, readTextFile } from './files';
import { checkDocText, loadDoc, saveDoc } from './library';

type Notice =
  | { tone: 'ok'; text: string }
  | { tone: 'info'; text: string }
  | { tone: 'error'; heading: string; error: DocError }
  | null;

export interface AuthorActionsProps {
  kind: DocKind;
  text: string;
  checked: Checked<unknown>;
  onText(text: string): void;
}

/** Save in the browser, open the saved one, export and import files, and go back to the example. */
export function AuthorActions({ kind, text, checked, onText }: AuthorActionsProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const save = () => {
    const storage = browserStorage();
    const result = storage ? saveDoc(storage, kind, text) : ({ ok: false, reason: 'storage' } as const);
    setNotice(
      result.ok
        ? { tone: 'ok', text: t('instructor.author.saved') }
        : { tone: 'info', text: t('instructor.author.saveRefused') },
    );
  };

  const openSaved = () => {
    const storage = browserStorage();
    const saved = storage ? loadDoc(storage, kind) : ({ kind: 'none' } as const);
    if (saved.kind === 'ok') {
      onText(saved.text);
      setNotice(null);
    } else if (saved.kind === 'bad')
      setNotice({ tone: 'error', heading: t('instructor.author.savedBad'), error: saved.error });
    else setNotice({ tone: 'info', text: t('instructor.author.nothingSaved') });
  };

  const importFile = async (file: File) => {
    const read = await readTextFile(file, DOC_MAX_CHARS).catch(() => null);
    const result =
      read === 'TOO_LARGE' ? fail('TOO_LARGE') : read === null ? fail('NOT_TEXT') : checkDocText(kind, read);
    if (result.ok && typeof read === 'string') {
      onText(read);
      setNotice({ tone: 'ok', text: t('instructor.author.imported', { name: file.name }) });
    } else if (!result.ok) {
      setNotice({
        tone: 'error',
        heading: t('instructor.author.importBad', { name: file.name }),
        error: result.error,
      });
    }
  };

  return (
    <>
      <div className="instructor-actions">
        <button type="button" className="button" disabled={!checked.ok} onClick={save}>
          {t('instructor.author.save')}
        </button>
        <button type="button" className="button" onClick={openSaved}>
          {t('instructor.author.loadSaved')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!checked.ok}
          onClick={() => downloadText(exportName(kind, checkDocText(kind, text)), 'application/json', text)}
        >
          {t('instructor.author.export')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('instructor.author.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="author-import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            onText(exampleText(kind));
            setNotice(null);
          }}
        >
          {t('instructor.author.reset')}
        </button>
      </div>
      {notice?.tone === 'error' ? (
        <DocErrorMessage heading={notice.heading} error={notice.error} />
      ) : (
        <p role="status" className={notice?.tone === 'ok' ? 'instructor-ok' : 'instructor-status'}>
          {notice?.text ?? ''}
        </p>
      )}
    </>
  );
}
