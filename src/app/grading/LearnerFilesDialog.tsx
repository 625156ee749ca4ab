import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADING_STRINGS } from '../../i18n/areas/grading';
import { addAreaStrings } from '../../i18n/areas/register';
import { ProgressSection } from './ProgressSection';
import { SessionExportSection } from './SessionExportSection';
import './grading.css';

/**
 * The learner's files, as a modal dialog: the session log for grading and the mission progress. Loaded
 * when first opened (it brings zod and the missions' titles); Escape or Close gives focus back.
 */
export default function LearnerFilesDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  // The dialog's strings come with its chunk, before its sections render.
  addAreaStrings(i18n, GRADING_STRINGS);
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="grading-dialog"
      aria-labelledby="learner-files-title"
      data-testid="learner-files"
      onClose={(event) => {
        // React passes a nested dialog's close (a confirmation answered) up the tree: only this one's counts.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <header className="grading-dialog__header">
        <h2 id="learner-files-title">{t('grading.files.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          <span aria-hidden="true">✕ </span>
          {t('grading.files.close')}
        </button>
      </header>
      <SessionExportSection />
      <ProgressSection />
    </dialog>
  );
}
