import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { tabIndexForKey } from '../layout/tabKeys';

export const TABS = ['fleet', 'parity', 'deployments', 'timeline'] as const;
export type TabId = (typeof TABS)[number];

export const tabId = (id: TabId) => `dashboard-tab-${id}`;
export const panelId = (id: TabId) => `dashboard-panel-${id}`;

/** The dashboard's views as ARIA tabs: arrow keys, Home and End move between them and select. */
export function DashboardTabs({ active, onSelect }: { active: TabId; onSelect(id: TabId): void }) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabIndexForKey(event.key, TABS.indexOf(active), TABS.length);
    const id = next === null ? undefined : TABS[next];
    if (!id) return;
    event.preventDefault();
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${tabId(id)}`)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('dashboard.tabs.label')} ref={list}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={tabId(id)}
          className="tabs__tab"
          aria-selected={id === active}
          aria-controls={id === active ? panelId(id) : undefined}
          tabIndex={id === active ? 0 : -1}
          onClick={() => onSelect(id)}
          onKeyDown={onKeyDown}
        >
          {t(`dashboard.tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}
