import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { tabIndexForKey } from '../layout/tabKeys';
import { LessonPane } from '../panes/LessonPane';
import { useAppStore } from '../store';
import { loadLab } from '../store/labLoader';
import type { GuideTab } from '../store/missionSlice';
import { useMissionLinks } from './useMissionLinks';

// The missions' panel needs their data and the lab that runs them: both load when the panel is first shown
// (or earlier, with the terminal), not with the first screen.
const MissionsPanel = lazy(() =>
  Promise.all([import('./MissionsPanel'), loadLab()]).then(([panel]) => panel),
);

function LazyMissionsPanel() {
  return (
    <Suspense fallback={<div className="guide__loading" aria-busy="true" />}>
      <MissionsPanel />
    </Suspense>
  );
}

const TABS: readonly GuideTab[] = ['lesson', 'missions'];
const LABEL_KEYS = { lesson: 'missions.tabs.lesson', missions: 'missions.tabs.missions' } as const;

/**
 * The first pane: the lesson and the missions behind two tabs (arrows, Home and End move between them).
 * Both stay mounted once shown, so each keeps its scroll position.
 */
export function GuidePane() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.guideTab);
  const select = useAppStore((s) => s.setGuideTab);
  const buttons = useRef(new Map<GuideTab, HTMLButtonElement>());
  // The missions' panel mounts the first time its tab is chosen, and then stays.
  const missionsShown = useRef(false);
  if (selected === 'missions') missionsShown.current = true;
  useMissionLinks();
  return (
    <div className="guide">
      <div className="guide__tabs" role="tablist" aria-label={t('missions.tabs.label')}>
        {TABS.map((id, index) => (
          <button
            key={id}
            ref={(element) => {
              if (element) buttons.current.set(id, element);
              else buttons.current.delete(id);
            }}
            type="button"
            role="tab"
            id={`guide-tab-${id}`}
            className="guide__tab"
            aria-selected={id === selected}
            aria-controls={`guide-panel-${id}`}
            tabIndex={id === selected ? 0 : -1}
            onClick={() => select(id)}
            onKeyDown={(event) => {
              const next = TABS[tabIndexForKey(event.key, index, TABS.length) ?? -1];
              if (!next) return;
              event.preventDefault();
              select(next);
              buttons.current.get(next)?.focus();
            }}
          >
            {t(LABEL_KEYS[id])}
          </button>
        ))}
      </div>
      <div className="guide__panels">
        {TABS.map((id) => (
          <div
            key={id}
            id={`guide-panel-${id}`}
            className="guide__panel"
            role="tabpanel"
            aria-labelledby={`guide-tab-${id}`}
            hidden={id !== selected}
          >
            {id === 'lesson' ? <LessonPane /> : missionsShown.current && <LazyMissionsPanel />}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Presenter mode shows no lesson: the missions alone take the first pane. */
export function PresenterMissionsPane() {
  useMissionLinks();
  return (
    <div className="guide__panel guide__panel--alone">
      <LazyMissionsPanel />
    </div>
  );
}
