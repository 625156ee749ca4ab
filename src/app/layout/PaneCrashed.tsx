import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What a crashed pane shows: what happened, that the rest still works, and a way back. */
export function PaneCrashed({ pane, error, onReload }: { pane: string; error: Error; onReload(): void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // The learner was probably working in this pane: put the keyboard on the way out.
  useEffect(() => {
    if (button.current?.closest('section')?.contains(document.activeElement ?? null)) {
      button.current.focus();
    }
  }, []);
  return (
    <div className="pane-crashed" role="alert" data-testid="pane-crashed">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{t('errors.paneCrashed', { pane })}</strong>
      </p>
      <p>{t('errors.othersWork')}</p>
      <button ref={button} type="button" className="button button--primary" onClick={onReload}>
        <span aria-hidden="true">↻ </span>
        {t('errors.reloadPane')}
      </button>
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{error.message}</pre>
      </details>
    </div>
  );
}
