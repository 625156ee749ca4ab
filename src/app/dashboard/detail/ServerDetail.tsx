import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { viewOf } from '../../store/selectors';
import { useShownWorld } from '../hooks';
import { StateBadge } from '../StateBadge';
import { DriftSection } from './DriftSection';
import { HealthSection } from './HealthSection';
import { HostLedger } from './HostLedger';

/**
 * One server in detail, as a modal dialog: health failures with their journal, drift with file diffs, and
 * the server's ledger. Escape or the close button closes it and gives focus back to where it was.
 */
export default function ServerDetail({ host }: { host: string }) {
  const { t } = useTranslation();
  const world = useShownWorld();
  const viewing = useAppStore((s) => s.viewing);
  const closeDetail = useAppStore((s) => s.closeDetail);
  const dialog = useRef<HTMLDialogElement>(null);
  const server = world.servers[host];
  const view = viewOf(world, host);

  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
      else document.querySelector<HTMLElement>(`[data-host="${CSS.escape(host)}"]`)?.focus();
    };
  }, [host]);

  useEffect(() => {
    if (!server) closeDetail();
  }, [server, closeDetail]);

  return (
    <dialog
      ref={dialog}
      className="detail"
      aria-labelledby="detail-title"
      onClose={closeDetail}
      data-testid="server-detail"
    >
      <header className="detail__header">
        <h2 id="detail-title">
          {t('dashboard.detail.title', { host })} {view && <StateBadge state={view.state} />}
        </h2>
        <button type="button" className="detail__close" onClick={closeDetail}>
          <span aria-hidden="true">✕ </span>
          {t('dashboard.detail.close')}
        </button>
      </header>
      {viewing !== null && (
        <p className="detail__readonly">{t('dashboard.detail.readOnly', { step: viewing + 1 })}</p>
      )}
      {server && view && (
        <div className="detail__body">
          <p className="detail__facts">
            {t('dashboard.detail.facts', {
              env: server.env,
              role: t(`dashboard.roles.${server.role}`),
              ip: server.ip,
              kernel: server.kernel.running,
              release: view.release ?? '—',
            })}
          </p>
          <HealthSection server={server} failures={view.health.failures} />
          <DriftSection world={world} server={server} view={view} />
          <HostLedger world={world} host={host} />
        </div>
      )}
    </dialog>
  );
}
