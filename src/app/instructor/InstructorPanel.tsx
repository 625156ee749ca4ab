import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { ShareLinkWatcher } from './share/ShareLinkWatcher';

const InstructorDock = lazy(() => import('./InstructorDock'));

/**
 * The instructor's tools, docked under the workbench once opened (`InstructorDock`, loaded then), and the
 * watcher that opens a share link's dialog whether or not the panel is open (a learner follows links too).
 */
export function InstructorPanel() {
  const open = useAppStore((s) => s.instructorOpen);
  return (
    <>
      <ShareLinkWatcher />
      {open && (
        <Suspense fallback={null}>
          <InstructorDock />
        </Suspense>
      )}
    </>
  );
}

/** The settings bar's button that opens and closes the panel. */
export function InstructorToggle() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.instructorOpen);
  const setOpen = useAppStore((s) => s.setInstructorOpen);
  return (
    <button
      type="button"
      id="instructor-toggle"
      className="setting setting--toggle"
      aria-expanded={open}
      aria-controls={open ? 'instructor-panel' : undefined}
      onClick={() => setOpen(!open)}
    >
      {t('instructor.open')}
    </button>
  );
}
