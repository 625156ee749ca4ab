import { useTranslation } from 'react-i18next';
import { missionProgress } from '../../content';
import { useAppStore } from '../store';
import { focusMissionTitle } from './focusMission';
import { useLabMissions } from './hooks';

/** Every mission in the arc's order, with the learner's progress in words (status, attempts, commands, hints). */
export function MissionList() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const progress = useAppStore((s) => s.missionProgress);
  const request = useAppStore((s) => s.requestMission);
  const authoredId = useAppStore((s) => s.authoredMission?.id);
  const missions = useLabMissions();
  return (
    <section className="mission-section" aria-labelledby="mission-list-title">
      <h3 id="mission-list-title">{t('missions.list.title')}</h3>
      <ol className="mission-list">
        {missions.map((mission) => {
          const p = missionProgress(progress, mission.id);
          const current = progress.active === mission.id;
          return (
            <li
              key={mission.id}
              className={`mission-list__item is-${p.status}${current ? ' is-current' : ''}`}
              data-mission={mission.id}
            >
              <span className="mission-list__title">
                {p.status === 'solved' && <span aria-hidden="true">✓ </span>}
                {mission.title[locale]}
                {mission.kind === 'sandbox' && ` (${t('missions.list.sandbox')})`}
                {mission.id === authoredId && (
                  <span className="mission-list__authored"> ({t('missions.list.authored')})</span>
                )}
              </span>
              <span className="mission-list__status">
                {t(`missions.status.${p.status}`)}
                {p.attempts > 0 &&
                  ` · ${t('missions.stats', { attempts: p.attempts, commands: p.totalCommands, hints: p.hintsUsed })}`}
              </span>
              {current ? (
                <span className="mission-list__current">{t('missions.list.current')}</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  aria-label={`${p.attempts > 0 ? t('missions.list.restart') : t('missions.list.start')}: ${mission.title[locale]}`}
                  onClick={() => {
                    request(mission.id);
                    focusMissionTitle(mission.id);
                  }}
                >
                  {p.attempts > 0 ? t('missions.list.restart') : t('missions.list.start')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mission-list__seed">{t('missions.list.seed', { seed: progress.seed })}</p>
    </section>
  );
}
