import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../layout/useMediaQuery';
import { useResolvedTheme } from '../settings/useTheme';
import { useAppStore } from '../store';
import type { DiffRequest } from '../store/dashboardSlice';
import { loadDiffEditor } from './lazyEditors';
import './editor.css';

const MonacoDiffEditor = lazy(loadDiffEditor);

function DiffDialog({ request, onClose }: { request: DiffRequest; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const theme = useResolvedTheme();
  const presenter = useAppStore((s) => s.settings.presenter);
  const wide = useMediaQuery('(min-width: 901px)');

  // Modal, above the server detail (itself a modal dialog); focus goes back to the opener on close.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Escape closes, even from inside Monaco (which keeps the key for itself): caught on the way down.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (event.target instanceof Element && event.target.closest('.find-widget')) return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    element.addEventListener('keydown', onKey, true);
    return () => element.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <dialog
      ref={dialog}
      className="diff-editor"
      aria-labelledby="diff-title"
      aria-describedby="diff-help"
      data-testid="diff-editor"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="editor__bar">
        <div className="editor__heading">
          <h2 id="diff-title" className="editor__title">
            {t('diff.title', { path: request.path, host: request.host })}
          </h2>
          <p className="editor__help" id="diff-help">
            {t(wide ? 'diff.help' : 'diff.helpInline')}
          </p>
        </div>
        <div className="editor__actions">
          <button type="button" className="button" onClick={onClose}>
            <span aria-hidden="true">✕ </span>
            {t('diff.close')}
          </button>
        </div>
      </header>
      <div className="diff-editor__sides" aria-hidden="true">
        {wide ? (
          <>
            <span>{t('diff.expected')}</span>
            <span>{t('diff.actual')}</span>
          </>
        ) : (
          <span>{t('diff.inline')}</span>
        )}
      </div>
      <Suspense fallback={<p className="editor__loading">{t('editor.loading')}</p>}>
        <MonacoDiffEditor
          request={request}
          expectedLabel={t('diff.expectedLabel', { path: request.path })}
          actualLabel={t('diff.actualLabel', { path: request.path, host: request.host })}
          theme={theme}
          fontSize={presenter ? 20 : 14}
          sideBySide={wide}
        />
      </Suspense>
    </dialog>
  );
}

/** Opens Monaco's diff editor when the dashboard asks for one (expected vs actual of a drifted file). */
export function DiffOverlay() {
  const request = useAppStore((s) => s.diffRequest);
  const closeDiff = useAppStore((s) => s.closeDiff);
  if (!request) return null;
  return <DiffDialog request={request} onClose={closeDiff} />;
}
