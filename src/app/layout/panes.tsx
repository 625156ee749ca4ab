import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPane } from '../panes/DashboardPane';
import { LessonPane } from '../panes/LessonPane';
import { TerminalArea } from '../terminal/TerminalArea';
import { PaneErrorBoundary } from './PaneErrorBoundary';

export type PaneId = 'lesson' | 'terminal' | 'dashboard';

export const PANE_TITLE_KEYS = {
  lesson: 'panes.lesson',
  terminal: 'panes.terminal',
  dashboard: 'panes.dashboard',
} as const satisfies Record<PaneId, string>;

const BODIES: Record<PaneId, () => ReactNode> = {
  lesson: () => <LessonPane />,
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
