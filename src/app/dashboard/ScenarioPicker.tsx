import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAB_START, SCENARIOS } from '../../content/scenarios';
import type { World } from '../../core';
import { useAppStore } from '../store';

/** The scenario a world was built from: its id, or the id it starts with (`frota-grande-1000`). */
export function scenarioIdOf(world: Pick<World, 'scenario'>): string | undefined {
  const byLength = [...SCENARIOS].sort((a, b) => b.id.length - a.id.length);
  return byLength.find((s) => world.scenario === s.id || world.scenario.startsWith(`${s.id}-`))?.id;
}

/** Starts the lab over from another scenario (the 1,000-server fleet among them). */
export function ScenarioPicker() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const scenario = useAppStore((s) => s.shell.world.scenario);
  const startWorld = useAppStore((s) => s.startWorld);
  const leaveMission = useAppStore((s) => s.leaveMission);
  const [loading, setLoading] = useState<string | null>(null);
  const current = scenarioIdOf({ scenario });

  const load = (id: string) => {
    const info = SCENARIOS.find((s) => s.id === id);
    if (!info) return;
    setLoading(id);
    // Let the browser paint the notice before building a big world, which takes a moment.
    requestAnimationFrame(() =>
      setTimeout(() => {
        startWorld(info.build({ seed: 1, now: LAB_START }), info.id);
        // The mission's checklist is about its own world, not this one.
        leaveMission();
        setLoading(null);
      }, 0),
    );
  };

  return (
    <div className="scenario">
      <label>
        <span>{t('dashboard.scenario.label')}</span>{' '}
        <select
          value={loading ?? current ?? ''}
          disabled={loading !== null}
          onChange={(event) => load(event.target.value)}
        >
          {current === undefined && <option value="">{scenario}</option>}
          {SCENARIOS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title[locale]}
            </option>
          ))}
        </select>
      </label>
      <span role="status" className="scenario__status">
        {loading !== null ? t('dashboard.scenario.loading') : ''}
      </span>
    </div>
  );
}
