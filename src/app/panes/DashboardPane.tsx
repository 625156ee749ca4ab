import { useTranslation } from 'react-i18next';
import { type HealthFailure, ledgerSize, type Server } from '../../core';
import { useAppStore } from '../store';
import { healthOf } from '../store/selectors';

const FAILURE_KEYS = {
  SERVICE_INACTIVE: 'dashboard.failures.SERVICE_INACTIVE',
  SERVICE_FAILED: 'dashboard.failures.SERVICE_FAILED',
  HOST_UNREACHABLE: 'dashboard.failures.HOST_UNREACHABLE',
  HOST_POWERED_OFF: 'dashboard.failures.HOST_POWERED_OFF',
  SERVICE_NOT_ENABLED: 'dashboard.failures.SERVICE_NOT_ENABLED',
  UNIT_NOT_FOUND: 'dashboard.failures.UNIT_NOT_FOUND',
  PACKAGE_NOT_INSTALLED: 'dashboard.failures.PACKAGE_NOT_INSTALLED',
  NGINX_CONFIG_INVALID: 'dashboard.failures.NGINX_CONFIG_INVALID',
  CONFIG_MISSING: 'dashboard.failures.CONFIG_MISSING',
  CONFIG_INVALID: 'dashboard.failures.CONFIG_INVALID',
  RUNTIME_UNMET: 'dashboard.failures.RUNTIME_UNMET',
  DB_HOST_UNRESOLVABLE: 'dashboard.failures.DB_HOST_UNRESOLVABLE',
  SCHEMA_MISMATCH: 'dashboard.failures.SCHEMA_MISMATCH',
  DISK_FULL: 'dashboard.failures.DISK_FULL',
  DISK_SPACE_LOW: 'dashboard.failures.DISK_SPACE_LOW',
  RESTART_PENDING: 'dashboard.failures.RESTART_PENDING',
  REBOOT_REQUIRED: 'dashboard.failures.REBOOT_REQUIRED',
  CVE_NOT_MITIGATED: 'dashboard.failures.CVE_NOT_MITIGATED',
  CERT_EXPIRED: 'dashboard.failures.CERT_EXPIRED',
  CERT_EXPIRING: 'dashboard.failures.CERT_EXPIRING',
  HTTPS_NOT_SERVED: 'dashboard.failures.HTTPS_NOT_SERVED',
  LB_DOWN: 'dashboard.failures.LB_DOWN',
  DATABASE_DOWN: 'dashboard.failures.DATABASE_DOWN',
  NO_BACKEND_UP: 'dashboard.failures.NO_BACKEND_UP',
  BACKENDS_DOWN: 'dashboard.failures.BACKENDS_DOWN',
  MIXED_RELEASES: 'dashboard.failures.MIXED_RELEASES',
} as const satisfies Record<HealthFailure['code'], string>;

function FailureText({ failure }: { failure: HealthFailure }) {
  const { t } = useTranslation();
  return <li data-severity={failure.severity}>{t(FAILURE_KEYS[failure.code], failure.params)}</li>;
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
      {health.failures.length > 0 && (
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
