import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GuidePane, PresenterMissionsPane } from '../missions/GuidePane';
import { DashboardPane } from '../panes/DashboardPane';
import { TerminalArea } from '../terminal/TerminalArea';
import { TerminalKeysHint } from '../terminal/TerminalKeysHint';
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

/** Beside a pane's title, on the same row (no height taken from the pane): the terminal's keys. */
const TITLE_ASIDES: Partial<Record<PaneId, () => ReactNode>> = {
  terminal: () => <TerminalKeysHint />,
};

/** A pane: a titled region whose content sits behind its own error boundary. */
export function Pane({ id }: { id: PaneId }) {
  const { t } = useTranslation();
  const title = t(PANE_TITLE_KEYS[id]);
  const aside = TITLE_ASIDES[id];
  const heading = (
    <h2 id={`${id}-title`} className="pane__title">
      {title}
    </h2>
  );
  return (
    <section
      id={`${id}-pane`}
      className={`pane pane--${id}`}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-pane={id}
    >
      {aside ? (
        <div className="pane__bar">
          {heading}
          {aside()}
        </div>
      ) : (
        heading
      )}
      <PaneErrorBoundary pane={title}>{BODIES[id]()}</PaneErrorBoundary>
    </section>
  );
}
