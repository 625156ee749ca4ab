import { useTranslation } from 'react-i18next';
import { fill, type GuidedMission, MISSIONS, type MissionVars } from '../../content';
import { useAppStore } from '../store';
import { focusMissionTitle } from './focusMission';
import { MissionText } from './MissionText';
import { Quiz } from './Quiz';

/** On completion: the debrief that ties the mission to the lesson, the quiz, and the way to the next one. */
export function DebriefSection({ mission, vars }: { mission: GuidedMission; vars: MissionVars }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const startMission = useAppStore((s) => s.startMission);
  // The instructor's mission stands apart from the lesson's arc: it has no "next".
  const authored = useAppStore((s) => s.authoredMission?.id === mission.id);
  const next = authored ? undefined : MISSIONS.find((m) => m.order > mission.order);
  return (
    <>
      <section className="mission-section mission-debrief" aria-labelledby="mission-debrief-title">
        <h4 id="mission-debrief-title">{t('missions.debrief.title')}</h4>
        <MissionText text={fill(mission.debrief[locale], vars)} />
      </section>
      <Quiz questions={mission.quiz} vars={vars} />
      {next && (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              startMission(next.id);
              focusMissionTitle(next.id);
            }}
          >
            {t('missions.actions.next', { title: next.title[locale] })}
          </button>
        </p>
      )}
    </>
  );
}
