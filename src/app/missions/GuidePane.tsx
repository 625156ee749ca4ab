import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { tabIndexForKey } from '../layout/tabKeys';
import { LessonPane } from '../panes/LessonPane';
import { useAppStore } from '../store';
import type { GuideTab } from '../store/missionSlice';
import MissionsPanel from './MissionsPanel';
import { useMissionLinks } from './useMissionLinks';

const TABS: readonly GuideTab[] = ['lesson', 'missions'];
const LABEL_KEYS = { lesson: 'missions.tabs.lesson', missions: 'missions.tabs.missions' } as const;

/**
 * The first pane: the lesson and the missions behind two tabs (arrows, Home and End move between them).
 * Both stay mounted, so each keeps its scroll position.
 */
export function GuidePane() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.guideTab);
  const select = useAppStore((s) => s.setGuideTab);
  const buttons = useRef(new Map<GuideTab, HTMLButtonElement>());
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
            {id === 'lesson' ? <LessonPane /> : <MissionsPanel />}
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
      <MissionsPanel />
    </div>
  );
}
