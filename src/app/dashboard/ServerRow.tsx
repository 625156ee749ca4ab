import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerView } from '../store/selectors';
import { FailureText } from './FailureText';
import { STATE_ICONS, STATE_KEYS } from './StateBadge';

export interface ServerRowProps {
  view: ServerView;
  /** `a`/`b` while the last command's change is highlighted (two names so a second change replays it). */
  changed: 'a' | 'b' | null;
  onOpen(host: string): void;
}

/**
 * One server of the fleet: a button named by its hostname and state, described by its release, drift and
 * pending restarts; activating it opens the server's detail.
 */
export const ServerRow = memo(function ServerRow({ view, changed, onOpen }: ServerRowProps) {
  const { t } = useTranslation();
  const stateText = t(STATE_KEYS[view.state]);
  const firstError = view.health.failures.find((f) => f.severity === 'error');
  const metaId = `server-meta-${view.host}`;
  return (
    <button
      type="button"
      className={`server-row server-row--${view.state}${changed ? ` server-row--changed-${changed}` : ''}`}
      data-host={view.host}
      data-status={view.health.status}
      data-state={view.state}
      aria-label={t('dashboard.serverLabel', { host: view.host, status: stateText })}
      aria-describedby={metaId}
      onClick={() => onOpen(view.host)}
    >
      <span className="server-row__icon" aria-hidden="true">
        {STATE_ICONS[view.state]}
      </span>
      <span className="server-row__name">{view.host}</span>
      <span className="server-row__state">{stateText}</span>
      <span className="server-row__meta" id={metaId}>
        <span>
          {view.release
            ? t('dashboard.fleetView.release', { release: view.release })
            : t('dashboard.fleetView.noRelease')}
        </span>
        <span>{t('dashboard.fleetView.drifts', { count: view.drifted.length })}</span>
        {view.restartPending && (
          <span className="chip">
            <span aria-hidden="true">⟳ </span>
            {t('dashboard.fleetView.restartPending')}
          </span>
        )}
        {view.rebootRequired && (
          <span className="chip">
            <span aria-hidden="true">↻ </span>
            {t('dashboard.fleetView.rebootRequired')}
          </span>
        )}
        {firstError && (
          <span className="server-row__reason">
            <FailureText failure={firstError} />
          </span>
        )}
      </span>
    </button>
  );
});
