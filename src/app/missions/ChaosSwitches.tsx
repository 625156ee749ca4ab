import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChaosSwitch, fill, type MissionVars } from '../../content';
import { useAppStore } from '../store';
import { InlineText } from './MissionText';

/** The sandbox's chaos switches: each makes its background event happen to the fleet now. */
export function ChaosSwitches({ switches, vars }: { switches: readonly ChaosSwitch[]; vars: MissionVars }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const flip = useAppStore((s) => s.flipChaos);
  const [fired, setFired] = useState<string | null>(null);
  return (
    <section className="mission-section" aria-labelledby="mission-chaos-title">
      <h4 id="mission-chaos-title">{t('missions.chaos.title')}</h4>
      <p>{t('missions.chaos.intro')}</p>
      <ul className="chaos">
        {switches.map((chaos) => (
          <li key={chaos.id} className="chaos__switch">
            <span>
              <strong>{chaos.label[locale]}</strong>
              <br />
              <InlineText text={fill(chaos.description[locale], vars)} />
            </span>
            <button
              type="button"
              className="button"
              aria-label={`${t('missions.chaos.trigger')}: ${chaos.label[locale]}`}
              onClick={() => {
                flip(chaos.id);
                setFired(chaos.label[locale]);
              }}
            >
              {t('missions.chaos.trigger')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{fired ? t('missions.chaos.fired', { label: fired }) : ''}</p>
    </section>
  );
}
