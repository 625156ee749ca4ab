import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GuidePane, PresenterMissionsPane } from '../missions/GuidePane';
import { DashboardPane } from '../panes/DashboardPane';
import { TerminalArea } from '../terminal/TerminalArea';
import { PaneErrorBoundary } from './PaneErrorBoundary';

/** `missions` stands in for `lesson` in presenter mode: the missions without the lesson's text. */
export type PaneId = 'lesson' | 'missions' | 'terminal' | 'dashboard';

export const PANE_TITLE_KEYS = {
  lesson: 'panes.lesson',
  missions: 'panes.missions',
  terminal: 'panes.terminal',
  dashboard: 'panes.dashboard',
} as const satisfies Record<PaneId, string>;

const BODIES: Record<PaneId, () => ReactNode> = {
  lesson: () => <GuidePane />,
  missions: () => <PresenterMissionsPane />,
  terminal: () => <TerminalArea />,
  dashboard: () => <DashboardPane />,
};

/** A pane: a titled region whose content sits behind its own error boundary. */
export function Pane({ id }: { id: PaneId }) {
  const { t } = useTranslation();
  const title = t(PANE_TITLE_KEYS[id]);
  return (
    <section
      id={`${id}-pane`}
      className={`pane pane--${id}`}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-pane={id}
    >
      <h2 id={`${id}-title`} className="pane__title">
        {title}
      </h2>
      <PaneErrorBoundary pane={title}>{BODIES[id]()}</PaneErrorBoundary>
    </section>
  );
}
