import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissionDoc, ScenarioDoc } from '../../../content/authored';
import { buildScenario } from '../../../content/authored';
import { startMission } from '../../../content/missions/start';
import { findScenario, LAB_START } from '../../../content/scenarios';
import { useAppStore } from '../../store';
import { previewScenario } from './preview';
import { ScenarioPreview } from './ScenarioPreview';

/** The preview of a valid document, and the button that takes it into the lab. */
export function AuthorPreview({ doc }: { doc: ScenarioDoc | MissionDoc }) {
  const { t, i18n } = useTranslation();
  const startWorld = useAppStore((s) => s.startWorld);
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
  const known = findScenario(mission.scenario) !== undefined;
  const title = mission.title[lang];
  const checks = mission.kind === 'mission' ? mission.checklist.length : mission.chaos.length;
  return (
    <>
      <p data-testid="mission-summary">
        {t('instructor.author.missionSummary', {
          title,
          scenario: mission.scenario,
          checks,
          hints: mission.hints.length,
        })}
      </p>
      {known ? (
        <div className="instructor-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              startWorld(startMission(mission, mission.seed).world, `mission ${mission.id}`);
              setUsed(title);
            }}
          >
            {t('instructor.author.useMission')}
          </button>
        </div>
      ) : (
        <p className="instructor-error">
          {t('instructor.author.unknownScenario', { scenario: mission.scenario })}
        </p>
      )}
      <p role="status" className="instructor-status">
        {used !== null && t('instructor.author.used', { title: used })}
      </p>
    </>
  );
}
