import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TabList } from '../layout/TabList';
import { LessonPane } from '../panes/LessonPane';
import { useAppStore } from '../store';
import { loadLab } from '../store/labLoader';
import type { GuideTab } from '../store/missionSlice';
import { useMissionLinks } from './useMissionLinks';
import './guide.css';

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
  // The missions' panel mounts the first time its tab is chosen, and then stays.
  const missionsShown = useRef(false);
  if (selected === 'missions') missionsShown.current = true;
  useMissionLinks();
  return (
    <div className="guide">
      <TabList
        className="pane-tabs pane-tabs--sub"
        tabs={TABS}
        selected={selected}
        onSelect={select}
        label={t('missions.tabs.label')}
        tabId={(id) => `guide-tab-${id}`}
        panelId={(id) => `guide-panel-${id}`}
        tabLabel={(id) => t(LABEL_KEYS[id])}
      />
      <div className="pane-tabs__panels">
        {TABS.map((id) => (
          <div
            key={id}
            id={`guide-panel-${id}`}
            className="pane-tabs__panel guide__panel"
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
