import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissionDoc, ScenarioDoc } from '../../../content/authored';
import { buildScenario } from '../../../content/authored';
import { LAB_START } from '../../../content/scenarios';
import { useAppStore } from '../../store';
import { UnplayableText } from '../UnplayableText';
import { previewScenario } from './preview';
import { ScenarioPreview } from './ScenarioPreview';

/** The preview of a valid document, and the button that takes it into the lab. */
export function AuthorPreview({ doc }: { doc: ScenarioDoc | MissionDoc }) {
  const { t, i18n } = useTranslation();
  const startWorld = useAppStore((s) => s.startWorld);
  const playAuthoredMission = useAppStore((s) => s.playAuthoredMission);
  const [used, setUsed] = useState<string | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'pt-BR';
  const scenario = 'servers' in doc ? doc : null;
  const preview = useMemo(() => (scenario ? previewScenario(scenario) : null), [scenario]);

  if (scenario && preview) {
    const title = scenario.title[lang];
    return (
      <>
        <div className="instructor-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              startWorld(buildScenario(scenario, LAB_START), scenario.id);
              setUsed(title);
            }}
          >
            {t('instructor.author.use')}
          </button>
        </div>
        <p role="status" className="instructor-status">
          {used !== null && t('instructor.author.used', { title: used })}
        </p>
        <ScenarioPreview doc={scenario} preview={preview} />
      </>
    );
  }

  const mission = (doc as MissionDoc).mission;
  const title = mission.title[lang];
  const checks = mission.kind === 'mission' ? mission.checklist.length : mission.chaos.length;
  return (
    <>
      <p data-testid="mission-summary">
        {t('instructor.author.missionSummary', {
          title,
          scenario: mission.scenario,
          checks: t('instructor.author.checkCount', { count: checks }),
          hints: t('instructor.author.hintCount', { count: mission.hints.length }),
        })}
      </p>
      <UnplayableText mission={mission}>
        <div className="instructor-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              // Listed in the missions panel and started there, checklist and all.
              playAuthoredMission(mission);
              setUsed(title);
            }}
          >
            {t('instructor.author.useMission')}
          </button>
        </div>
      </UnplayableText>
      <p role="status" className="instructor-status">
        {used !== null && t('instructor.author.usedMission', { title: used })}
      </p>
    </>
  );
}
