import { useRef } from 'react';
import { tabIndexForKey } from './tabKeys';

export interface TabListProps<T extends string> {
  tabs: readonly T[];
  selected: T;
  onSelect(tab: T): void;
  /** The tab list's accessible name. */
  label: string;
  tabId(tab: T): string;
  panelId(tab: T): string;
  tabLabel(tab: T): string;
  className?: string;
}

/**
 * A WAI-ARIA tab list with a roving tabindex: only the selected tab is in the Tab order; arrows, Home and
 * End move between tabs and select them.
 */
export function TabList<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  tabId,
  panelId,
  tabLabel,
  className = 'pane-tabs',
}: TabListProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((id, index) => (
        <button
          key={id}
          ref={(element) => {
            if (element) buttons.current.set(id, element);
            else buttons.current.delete(id);
          }}
          type="button"
          role="tab"
          id={tabId(id)}
          className="pane-tabs__tab"
          aria-selected={id === selected}
          aria-controls={panelId(id)}
          tabIndex={id === selected ? 0 : -1}
          onClick={() => onSelect(id)}
          onKeyDown={(event) => {
            const next = tabs[tabIndexForKey(event.key, index, tabs.length) ?? -1];
            if (next === undefined) return;
            event.preventDefault();
            onSelect(next);
            buttons.current.get(next)?.focus();
          }}
        >
          {tabLabel(id)}
        </button>
      ))}
    </div>
  );
}
