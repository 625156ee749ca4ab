import { useTranslation } from 'react-i18next';
import type { DeploymentStatus } from '../../core';
import type { ServerState } from '../store/selectors';

export const STATE_ICONS: Record<ServerState | DeploymentStatus, string> = {
  broken: '✖',
  drifted: '▲',
  'in-sync': '✔',
  healthy: '✔',
  degraded: '▲',
  down: '✖',
};

/** i18n keys of the server states (`in-sync` is spelled inSync in the files). */
export const STATE_KEYS = {
  broken: 'dashboard.state.broken',
  drifted: 'dashboard.state.drifted',
  'in-sync': 'dashboard.state.inSync',
} as const satisfies Record<ServerState, string>;

/** Tone shared by server states and deployment statuses: the colour, always next to an icon and a word. */
export const TONES: Record<ServerState | DeploymentStatus, 'bad' | 'warn' | 'ok'> = {
  broken: 'bad',
  drifted: 'warn',
  'in-sync': 'ok',
  healthy: 'ok',
  degraded: 'warn',
  down: 'bad',
};

/** A server's state in colour, icon and word. */
export function StateBadge({ state }: { state: ServerState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${TONES[state]}`}>
      <span aria-hidden="true">{STATE_ICONS[state]}</span> {t(STATE_KEYS[state])}
    </span>
  );
}

/** A deployment's status in colour, icon and word. */
export function DeploymentBadge({ status }: { status: DeploymentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${TONES[status]}`}>
      <span aria-hidden="true">{STATE_ICONS[status]}</span> {t(`dashboard.deployment.${status}`)}
    </span>
  );
}
