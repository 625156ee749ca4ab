import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerForHost, type World } from '../../../core';
import { Pager } from '../Pager';
import { pageOf } from '../paging';
import { ScrollRegion } from '../ScrollRegion';
import { clockText, newestFirst } from './detailModel';

const PAGE_SIZE = 10;

/** The changes recorded on one host, newest first: who ran what, and what it changed. */
export function HostLedger({ world, host }: { world: World; host: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const entries = newestFirst(ledgerForHost(world.ledger, host));
  const current = pageOf(entries.length, page, PAGE_SIZE);
  return (
    <section aria-labelledby="detail-ledger">
      <h3 id="detail-ledger">{t('dashboard.detail.ledger')}</h3>
      {entries.length === 0 ? (
        <p>{t('dashboard.detail.noChanges')}</p>
      ) : (
        <ScrollRegion className="table-scroll" label={t('dashboard.detail.ledger')}>
          <table className="ledger-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.detail.when')}</th>
                <th scope="col">{t('dashboard.detail.who')}</th>
                <th scope="col">{t('dashboard.detail.command')}</th>
                <th scope="col">{t('dashboard.detail.resource')}</th>
                <th scope="col">{t('dashboard.detail.change')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(current.from, current.to).map((e) => (
                <tr key={e.seq}>
                  <th scope="row">{clockText(e.time)}</th>
                  <td>{e.user}</td>
                  <td>
                    <code>{e.command}</code>
                  </td>
                  <td>{e.resource}</td>
                  <td>
                    {e.before ?? '—'} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">{t('dashboard.detail.becomes')}</span> {e.after ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pager
        page={current}
        total={entries.length}
        label={t('dashboard.detail.ledgerPages')}
        onPage={setPage}
      />
    </section>
  );
}
