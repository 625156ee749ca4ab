import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import type { NarrowTab } from '../store/settingsSlice';
import { PANE_TITLE_KEYS, Pane, type PaneId } from './panes';
import { TabList } from './TabList';

export const paneTabId = (id: PaneId) => `pane-tab-${id}`;
export const panePanelId = (id: PaneId) => `pane-panel-${id}`;

/**
 * The panes shown so far: the lesson, missions and dashboard mount the first time their tab is selected and
 * then stay mounted, so a phone's first screen renders only what it shows and a learner who never opens the
 * dashboard never pays for it. The terminal is always mounted (light until reached for): playback and
 * missions type into it from any tab.
 */
function useShownPanes(active: PaneId): ReadonlySet<PaneId> {
  const [shown, setShown] = useState<ReadonlySet<PaneId>>(() => new Set([active, 'terminal']));
  if (shown.has(active)) return shown;
  // Set during render (React's pattern for state derived from a change): no frame shows the empty panel.
  const next = new Set([...shown, active]);
  setShown(next);
  return next;
}

/**
 * At 900 px and below: one pane at a time behind tabs (roving tabindex; arrows, Home and End move and
 * select). A pane once shown stays mounted and sized (hidden ones are only invisible), so the terminal keeps
 * its scrollback and size, and the lesson and dashboard their scroll positions.
 */
export function NarrowLayout() {
  const { t } = useTranslation();
  const presenter = useAppStore((s) => s.settings.presenter);
  const selected = useAppStore((s) => s.narrowTab);
  const select = useAppStore((s) => s.setNarrowTab);
  const tabs: NarrowTab[] = presenter
    ? ['missions', 'terminal', 'dashboard']
    : ['lesson', 'terminal', 'dashboard'];
  const active = tabs.includes(selected) ? selected : 'terminal';
  const shown = useShownPanes(active);

  return (
    <main className="workbench workbench--narrow">
      <TabList
        tabs={tabs}
        selected={active}
        onSelect={select}
        label={t('layout.tabs')}
        tabId={paneTabId}
        panelId={panePanelId}
        tabLabel={(id) => t(PANE_TITLE_KEYS[id])}
      />
      <div className="pane-tabs__panels">
        {tabs.map((id) => (
          <div
            key={id}
            className="pane-tabs__panel"
            role="tabpanel"
            id={panePanelId(id)}
            aria-labelledby={paneTabId(id)}
            hidden={id !== active}
          >
            {shown.has(id) && <Pane id={id} />}
          </div>
        ))}
      </div>
    </main>
  );
}
