import { useTranslation } from 'react-i18next';
import { fill, type Mission, type MissionVars } from '../../content';
import { useAppStore } from '../store';
import { InlineText } from './MissionText';

/** The hints shown so far (by this button or by the `hint` command: one count), and the button for the next. */
export function HintsSection({ mission, vars, used }: { mission: Mission; vars: MissionVars; used: number }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const takeHint = useAppStore((s) => s.takeHint);
  const total = mission.hints.length;
  const shown = mission.hints.slice(0, used);
  return (
    <section className="mission-section" aria-labelledby="mission-hints-title">
      <h4 id="mission-hints-title">{t('missions.hints.title')}</h4>
      <button type="button" className="button" disabled={used >= total} onClick={takeHint}>
        {used >= total ? t('missions.hints.none') : t('missions.hints.button', { used, total })}
      </button>
      <ol className="hints" aria-live="polite">
        {shown.map((hint, index) => (
          <li key={hint.en}>
            <strong>{t('missions.hints.item', { index: index + 1 })}:</strong>{' '}
            <InlineText text={fill(hint[locale], vars)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
