import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { stepLabel } from './timeline/timelineModel';

/** Shown while an earlier step is viewed: what is shown, that it is read-only, and the ways out. */
export function TimeTravelBanner() {
  const { t } = useTranslation();
  const viewing = useAppStore((s) => s.viewing);
  const history = useAppStore((s) => s.history);
  const viewStep = useAppStore((s) => s.viewStep);
  const restoreStep = useAppStore((s) => s.restoreStep);
  if (viewing === null) return null;
  const label = stepLabel(history, viewing);
  return (
    <section className="time-travel" aria-labelledby="time-travel-title">
      <p id="time-travel-title">
        <span aria-hidden="true">↺ </span>
        <strong>{t('dashboard.timeline.viewing', { step: viewing + 1, total: history.steps.length })}</strong>{' '}
        {label === null ? t('dashboard.timeline.start') : <code>{label}</code>} —{' '}
        {t('dashboard.timeline.readOnly')}
      </p>
      <div className="time-travel__actions">
        <button type="button" onClick={() => restoreStep(viewing)}>
          {t('dashboard.timeline.restore')}
        </button>
        <button type="button" onClick={() => viewStep(null)}>
          {t('dashboard.timeline.backToNow')}
        </button>
      </div>
    </section>
  );
}
