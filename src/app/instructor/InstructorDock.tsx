import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADING_STRINGS } from '../../i18n/areas/grading';
import { INSTRUCTOR_STRINGS } from '../../i18n/areas/instructor';
import { addAreaStrings } from '../../i18n/areas/register';
import { tabIndexForKey } from '../layout/tabKeys';
import { useAppStore } from '../store';
import { DockResizer } from './DockResizer';
import { PlaybackIndicator } from './playback/PlaybackIndicator';
import { INSTRUCTOR_TABS } from './tabs';
import './instructor.css';

const tabId = (id: string) => `instructor-tab-${id}`;
const panelId = (id: string) => `instructor-panel-${id}`;

/**
 * The instructor's tools, docked under the workbench (not a modal: during a demo the terminal and the
 * dashboard stay visible and usable while chaos fires or a script plays). A labelled region with a tab list
 * (WAI-ARIA tabs: arrows, Home, End); Escape inside it closes it and gives focus back to its button.
 * A chunk of its own (`InstructorPanel` loads it when opened): the tabs bring the engine's event and
 * package code, which the learner's first screen does not need.
 */
export default function InstructorDock() {
  const { t, i18n } = useTranslation();
  // The panel's strings come with this chunk (the class tab's too), before anything in it renders.
  addAreaStrings(i18n, INSTRUCTOR_STRINGS);
  addAreaStrings(i18n, GRADING_STRINGS);
  const open = useAppStore((s) => s.instructorOpen);
  const selected = useAppStore((s) => s.instructorTab);
  const select = useAppStore((s) => s.setInstructorTab);
  const setOpen = useAppStore((s) => s.setInstructorOpen);
  const height = useAppStore((s) => s.instructorHeight);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const section = useRef<HTMLElement>(null);
  const active = INSTRUCTOR_TABS.find((tab) => tab.id === selected) ?? INSTRUCTOR_TABS[0];

  // Opening moves focus to the selected tab, so a keyboard user lands in the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening, not on every tab change
  useEffect(() => {
    if (open && active) buttons.current.get(active.id)?.focus();
  }, [open]);

  if (!open || !active) return null;

  const close = () => {
    setOpen(false);
    document.getElementById('instructor-toggle')?.focus();
  };

  return (
    <section
      id="instructor-panel"
      ref={section}
      className="instructor"
      style={height === null ? undefined : { height: `${Math.round(height * 1000) / 10}dvh` }}
      aria-labelledby="instructor-title"
      data-testid="instructor-panel"
      onKeyDown={(event) => {
        // Monaco and the suggest widget handle their own Escape; only a plain one closes the panel.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        if ((event.target as HTMLElement).closest('.monaco-editor')) return;
        event.preventDefault();
        close();
      }}
    >
      <DockResizer dock={section} />
      <header className="instructor__header">
        <h2 id="instructor-title">{t('instructor.title')}</h2>
        <div className="instructor__tabs" role="tablist" aria-labelledby="instructor-title">
          {INSTRUCTOR_TABS.map((tab, index) => (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              className="instructor__tab"
              aria-selected={tab.id === active.id}
              aria-controls={panelId(tab.id)}
              tabIndex={tab.id === active.id ? 0 : -1}
              onClick={() => select(tab.id)}
              onKeyDown={(event) => {
                const next = tabIndexForKey(event.key, index, INSTRUCTOR_TABS.length);
                if (next === null) return;
                event.preventDefault();
                const target = INSTRUCTOR_TABS[next];
                if (!target) return;
                select(target.id);
                buttons.current.get(target.id)?.focus();
              }}
            >
              {t(tab.labelKey)}
            </button>
          ))}
        </div>
        <PlaybackIndicator tabShown={active.id === 'playback'} />
        <button type="button" className="button instructor__close" onClick={close}>
          <span aria-hidden="true">✕ </span>
          {t('instructor.close')}
        </button>
      </header>
      <div
        className="instructor__body"
        role="tabpanel"
        id={panelId(active.id)}
        aria-labelledby={tabId(active.id)}
      >
        {active.render()}
      </div>
    </section>
  );
}
