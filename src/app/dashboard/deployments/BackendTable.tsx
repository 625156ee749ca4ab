import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackendHealth } from '../../../core';
import { FailureText, failureKey } from '../FailureText';
import { Pager } from '../Pager';
import { pageOf } from '../paging';
import { backendsDownFirst } from './deploymentsModel';

const PAGE_SIZE = 10;

export function UpDown({ up }: { up: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${up ? 'ok' : 'bad'}`}>
      <span aria-hidden="true">{up ? '✔' : '✖'}</span>{' '}
      {t(up ? 'dashboard.deployments.up' : 'dashboard.deployments.down')}
    </span>
  );
}

/** The app servers behind the balancer, those down first, with their release and reasons. */
export function BackendTable({ env, backends }: { env: string; backends: readonly BackendHealth[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const ordered = backendsDownFirst(backends);
  const current = pageOf(ordered.length, page, PAGE_SIZE);
  return (
    <>
      <table className="backends">
        <caption>{t('dashboard.deployments.backendsCaption', { env, count: backends.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.deployments.server')}</th>
            <th scope="col">{t('dashboard.deployments.release')}</th>
            <th scope="col">{t('dashboard.deployments.state')}</th>
            <th scope="col">{t('dashboard.deployments.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.slice(current.from, current.to).map((b) => (
            <tr key={b.host} data-backend={b.host}>
              <th scope="row">{b.host}</th>
              <td>{b.release ?? '—'}</td>
              <td>
                <UpDown up={b.up} />
              </td>
              <td>
                {b.reasons.length > 0 && (
                  <ul className="failures">
                    {b.reasons.map((r) => (
                      <li key={failureKey(r)} data-severity={r.severity}>
                        <FailureText failure={r} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={current}
        total={ordered.length}
        label={t('dashboard.deployments.pages', { env })}
        onPage={setPage}
      />
    </>
  );
}
