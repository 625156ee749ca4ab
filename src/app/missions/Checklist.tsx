import { useTranslation } from 'react-i18next';
import { fill, type GuidedMission, type MissionEvaluation, type MissionVars } from '../../content';
import { useAppStore } from '../store';
import { InlineText } from './MissionText';

interface ChecklistProps {
  mission: GuidedMission;
  vars: MissionVars;
  evaluation: MissionEvaluation;
}

/**
 * The live checklist: each item says in words whether it is met and, while not, why. Only the one-line
 * summary is announced (politely) when it changes, so screen readers hear progress, not every item again.
 */
export function Checklist({ mission, vars, evaluation }: ChecklistProps) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const results = new Map(evaluation.checks.map((c) => [c.id, c]));
  const passed = evaluation.checks.filter((c) => c.passed).length;
  return (
    <section className="mission-section" aria-labelledby="mission-checklist-title">
      <h4 id="mission-checklist-title">{t('missions.checklist.title')}</h4>
      <p
        role="status"
        className={evaluation.complete ? 'checklist__summary is-complete' : 'checklist__summary'}
      >
        {evaluation.complete
          ? t('missions.checklist.complete')
          : t('missions.checklist.summary', { passed, count: evaluation.checks.length })}
      </p>
      <ul className="checklist" data-testid="mission-checklist">
        {mission.checklist.map((check) => {
          const result = results.get(check.id);
          const ok = result?.passed ?? false;
          return (
            <li
              key={check.id}
              className={ok ? 'check check--pass' : 'check check--fail'}
              data-check={check.id}
            >
              <span className="check__mark" aria-hidden="true">
                {ok ? '✓' : '✗'}
              </span>
              <span className="check__body">
                <span className="check__label">
                  <InlineText text={fill(check.label[locale], vars)} />
                </span>{' '}
                <span className="check__state">
                  {ok ? t('missions.checklist.passed') : t('missions.checklist.failed')}
                </span>
                {!ok && result?.reason && (
                  <span className="check__reason">
                    <InlineText text={result.reason} />
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
