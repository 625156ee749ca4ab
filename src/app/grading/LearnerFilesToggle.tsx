import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { restoreSavedLog, startSessionRecorder } from './sessionRecorder';

const LearnerFilesDialog = lazy(() => import('./LearnerFilesDialog'));

/** Records the session from the first command on, and reads the saved log back after the first paint. */
export function useSessionRecorder(): void {
  useEffect(() => {
    const stop = startSessionRecorder(useAppStore);
    void restoreSavedLog();
    return stop;
  }, []);
}

/** The settings bar's button for the learner's files: the session log for grading and the progress. */
export function LearnerFilesToggle() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useSessionRecorder();
  return (
    <>
      <button
        type="button"
        className="setting setting--toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t('grading.files.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LearnerFilesDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
