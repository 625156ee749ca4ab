import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fill } from '../../content';
import { canUndoChange } from '../../core';
import { useAppStore } from '../store';
import { ChaosSwitches } from './ChaosSwitches';
import { Checklist } from './Checklist';
import { DebriefSection } from './DebriefSection';
import { useMissionTitleFocus } from './focusMission';
import { HintsSection } from './HintsSection';
import type { ActiveView } from './hooks';
import { MissionText } from './MissionText';
import { SolutionSection } from './SolutionSection';

/** The mission being played: briefing, live checklist, actions, hints, solution, and the debrief once solved. */
export function ActiveMission({ active }: { active: ActiveView }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const startMission = useAppStore((s) => s.startMission);
  const undo = useAppStore((s) => s.undoChange);
  const canUndo = useAppStore((s) => canUndoChange(s.history));
  const { mission, vars, evaluation, progress } = active;
  const title = useRef<HTMLHeadingElement>(null);
  useMissionTitleFocus(title, mission.id);
  const stats = t('missions.stats', {
    attempts: progress.attempts,
    commands: progress.commands,
    hints: progress.hintsUsed,
  });
  return (
    <div className="active-mission" data-mission={mission.id}>
      <h3 id="active-mission-title" tabIndex={-1} ref={title}>
        {mission.title[locale]}
      </h3>
      <p className="active-mission__status">
        <span className={`mission-status is-${progress.status}`}>
          {progress.status === 'solved' && <span aria-hidden="true">✓ </span>}
          {t(`missions.status.${progress.status}`)}
        </span>{' '}
        · {stats}
        {progress.solutionRevealed && ` · ${t('missions.solution.revealed')}`}
      </p>
      {mission.kind === 'mission' ? (
        <Checklist mission={mission} vars={vars} evaluation={evaluation} />
      ) : (
        <>
          <p>{t('missions.sandbox')}</p>
          <ChaosSwitches switches={mission.chaos} vars={vars} />
        </>
      )}
      {mission.kind === 'mission' && evaluation.complete && <DebriefSection mission={mission} vars={vars} />}
      {/* After the checklist (what changes as the learner types) and, once solved, the debrief. */}
      <details className="mission-section" open>
        <summary>{t('missions.briefing')}</summary>
        <MissionText text={fill(mission.briefing[locale], vars)} />
      </details>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of independent actions, not a form */}
      <div className="mission-buttons" role="group" aria-label={t('missions.actions.label')}>
        <button type="button" className="button" onClick={() => startMission(mission.id)}>
          {t('missions.actions.reset')}
        </button>
        <button type="button" className="button" disabled={!canUndo} onClick={undo}>
          {t('missions.actions.undo')}
        </button>
      </div>
      <HintsSection mission={mission} vars={vars} used={progress.hintsUsed} />
      {mission.kind === 'mission' && <SolutionSection />}
      {mission.kind === 'sandbox' && (
        <section className="mission-section" aria-labelledby="mission-debrief-title">
          <h4 id="mission-debrief-title">{t('missions.debrief.title')}</h4>
          <MissionText text={fill(mission.debrief[locale], vars)} />
        </section>
      )}
    </div>
  );
}
