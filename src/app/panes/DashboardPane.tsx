import { useTranslation } from 'react-i18next';
import { type HealthFailure, ledgerSize, type Server } from '../../core';
import { useAppStore } from '../store';
import { healthOf } from '../store/selectors';

const FAILURE_KEYS = {
  SERVICE_INACTIVE: 'dashboard.failures.SERVICE_INACTIVE',
  SERVICE_FAILED: 'dashboard.failures.SERVICE_FAILED',
  HOST_UNREACHABLE: 'dashboard.failures.HOST_UNREACHABLE',
  HOST_POWERED_OFF: 'dashboard.failures.HOST_POWERED_OFF',
} as const satisfies Record<HealthFailure['code'], string>;

function FailureText({ failure }: { failure: HealthFailure }) {
  const { t } = useTranslation();
  return <li>{t(FAILURE_KEYS[failure.code], failure.params)}</li>;
}

function ServerCard({ server }: { server: Server }) {
  const { t } = useTranslation();
  const health = healthOf(server);
  const status = health.ok ? 'healthy' : 'broken';
  const statusText = t(`dashboard.status.${status}`);
  return (
    <li
      className={`server server--${status}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: each server is a keyboard stop so its status can be read in turn
      tabIndex={0}
      aria-label={t('dashboard.serverLabel', { host: server.hostname, status: statusText })}
      data-host={server.hostname}
      data-status={status}
    >
      <span className="server__icon" aria-hidden="true">
        {health.ok ? '✔' : '✖'}
      </span>
      <span className="server__name">{server.hostname}</span>
      <span className="server__meta">{t('dashboard.role', { role: server.role })}</span>
      <span className="server__status">{statusText}</span>
      {!health.ok && (
        <ul className="server__failures">
          {health.failures.map((f) => (
            <FailureText key={`${f.code}:${JSON.stringify(f.params)}`} failure={f} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The fleet at a glance: every server with its status in colour, icon and words. */
export function DashboardPane() {
  const { t } = useTranslation();
  const world = useAppStore((s) => s.shell.world);
  const envs = [...new Set(world.order.map((h) => world.servers[h]?.env ?? ''))];
  return (
    <div className="dashboard">
      {envs.map((env) => (
        <section key={env} aria-label={t('dashboard.env', { env })}>
          <h3>{t('dashboard.env', { env })}</h3>
          <ul className="fleet">
            {world.order
              .map((h) => world.servers[h])
              .filter((s): s is Server => s?.env === env)
              .map((server) => (
                <ServerCard key={server.hostname} server={server} />
              ))}
          </ul>
        </section>
      ))}
      <p className="dashboard__ledger">{t('dashboard.changes', { count: ledgerSize(world.ledger) })}</p>
    </div>
  );
}
