import { useTranslation } from 'react-i18next';
import type { DriftItem, DriftStatus, Server, World } from '../../../core';
import { useAppStore } from '../../store';
import type { ServerView } from '../../store/selectors';
import { ScrollRegion } from '../ScrollRegion';
import { fileContents, filePath } from './detailModel';
import { FileDiff } from './FileDiff';

const DRIFT_ICONS: Record<DriftStatus, string> = {
  IN_SYNC: '✔',
  MODIFIED: '▲',
  MISSING: '✖',
  UNMANAGED: '✚',
};

function DriftStatusText({ status }: { status: DriftStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`drift-status drift-status--${status}`}>
      <span aria-hidden="true">{DRIFT_ICONS[status]}</span> {t(`dashboard.drift.${status}`)}
    </span>
  );
}

function OpenDiffButton({ world, server, item }: { world: World; server: Server; item: DriftItem }) {
  const { t } = useTranslation();
  const openDiff = useAppStore((s) => s.openDiff);
  const path = filePath(item);
  const contents = path ? fileContents(world, server, path) : null;
  if (!path || !contents) return null;
  return (
    <button type="button" onClick={() => openDiff({ host: server.hostname, path, ...contents })}>
      {t('dashboard.detail.openDiff', { path })}
    </button>
  );
}

/** What differs from the desired state on one server: a table, then each file's diff. */
export function DriftSection({ world, server, view }: { world: World; server: Server; view: ServerView }) {
  const { t } = useTranslation();
  const inSync = view.drift.length - view.drifted.length;
  return (
    <section aria-labelledby="detail-drift">
      <h3 id="detail-drift">{t('dashboard.detail.drift')}</h3>
      <p>{t('dashboard.detail.driftSummary', { drifted: view.drifted.length, inSync })}</p>
      {view.drifted.length > 0 && (
        <ScrollRegion className="table-scroll" label={t('dashboard.detail.drift')}>
          <table className="drift-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.detail.resource')}</th>
                <th scope="col">{t('dashboard.detail.expected')}</th>
                <th scope="col">{t('dashboard.detail.actual')}</th>
                <th scope="col">{t('dashboard.detail.status')}</th>
              </tr>
            </thead>
            <tbody>
              {view.drifted.map((item) => (
                <tr key={item.resource} data-resource={item.resource}>
                  <th scope="row">{item.resource}</th>
                  <td>{item.expected ?? '—'}</td>
                  <td>{item.actual ?? '—'}</td>
                  <td>
                    <DriftStatusText status={item.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {view.drifted
        .filter((item) => item.diff)
        .map((item) => (
          <div key={item.resource} className="detail__diff">
            <FileDiff
              diff={item.diff ?? ''}
              label={t('dashboard.detail.diffLabel', { path: filePath(item) ?? item.resource })}
            />
            <OpenDiffButton world={world} server={server} item={item} />
          </div>
        ))}
    </section>
  );
}
