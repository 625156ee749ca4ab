import { useTranslation } from 'react-i18next';
import type { DeploymentHealth } from '../../../core';
import { FailureList } from '../FailureText';
import { DeploymentBadge } from '../StateBadge';
import { BackendTable, UpDown } from './BackendTable';
import { VisitorPanel } from './VisitorPanel';

const SHOWN_HOSTS = 6;

/** One environment's deployment of the shop: status, reasons, releases live, tiers and what visitors see. */
export function DeploymentCard({ deployment: d }: { deployment: DeploymentHealth }) {
  const { t } = useTranslation();
  const id = `deployment-${d.env}`;
  return (
    <article
      className={`deployment deployment--${d.status}`}
      aria-labelledby={id}
      data-env={d.env}
      data-status={d.status}
    >
      <h3 id={id} className="deployment__title">
        <span>{t('dashboard.deployments.env', { env: d.env })}</span> <DeploymentBadge status={d.status} />
      </h3>
      <p className="deployment__url">
        <code>{d.url}</code>
      </p>
      {d.reasons.length > 0 && <FailureList failures={d.reasons} />}

      <h4>{t('dashboard.deployments.visitor')}</h4>
      <VisitorPanel visitor={d.visitor} />

      <h4>{t('dashboard.deployments.releases')}</h4>
      {d.mixed && (
        <p className="deployment__mixed">
          <span aria-hidden="true">▲ </span>
          {t('dashboard.deployments.mixed')}
        </p>
      )}
      <ul className="deployment__releases">
        {Object.entries(d.releases).map(([release, hosts]) => (
          <li key={release}>
            <strong>{release}</strong>:{' '}
            {t('dashboard.deployments.releaseHosts', {
              count: hosts.length,
              hosts:
                hosts.slice(0, SHOWN_HOSTS).join(', ') +
                (hosts.length > SHOWN_HOSTS
                  ? ` ${t('dashboard.summary.more', { count: hosts.length - SHOWN_HOSTS })}`
                  : ''),
            })}
          </li>
        ))}
      </ul>

      <h4>{t('dashboard.deployments.tiers')}</h4>
      <ul className="deployment__tiers">
        {d.lb && (
          <li>
            {t('dashboard.deployments.lb', { host: d.lb.host })} <UpDown up={d.lb.up} />
            {d.lb.reasons.length > 0 && <FailureList failures={d.lb.reasons} />}
          </li>
        )}
        {d.database && (
          <li>
            {t('dashboard.deployments.database', {
              host: d.database.host,
              schema: d.database.schemaVersion ?? '—',
            })}{' '}
            <UpDown up={d.database.up} />
            {d.database.reasons.length > 0 && <FailureList failures={d.database.reasons} />}
          </li>
        )}
      </ul>
      <BackendTable env={d.env} backends={d.backends} />
    </article>
  );
}
