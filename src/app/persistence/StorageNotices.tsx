import { useTranslation } from 'react-i18next';
import { persistence, useAppStore } from '../store';
import type { ShownNotice } from './notices';
import './notices.css';

/** The sentence that says what happened; each notice kind has its own, in both languages. */
function NoticeText({ notice }: { notice: ShownNotice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'set-aside':
      return (
        <>
          {t(`storage.setAside.${notice.reason}`)}{' '}
          {notice.backupKey ? (
            <>
              {t('storage.setAside.fresh')} {t('storage.backupKept')} <code>{notice.backupKey}</code>
            </>
          ) : (
            t('storage.setAside.noRoom')
          )}
        </>
      );
    case 'migrated':
      return (
        <>
          {t('storage.migrated', { from: notice.from })}{' '}
          {notice.backupKey ? (
            <>
              {t('storage.backupKept')} <code>{notice.backupKey}</code>
            </>
          ) : null}
        </>
      );
    case 'mission-set-aside':
      return (
        <>
          {t('storage.missionSetAside')}{' '}
          {notice.backupKey ? (
            <>
              {t('storage.backupKept')} <code>{notice.backupKey}</code>
            </>
          ) : (
            t('storage.missionKept')
          )}
        </>
      );
    default:
      return <>{t(`storage.${notice.kind}`)}</>;
  }
}

/**
 * What happened to the saved session, above the workbench: never a silent loss. Problems are alerts;
 * an update from an older version is a status. Each stays until dismissed.
 */
export function StorageNotices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.storageNotices);
  const dismiss = useAppStore((s) => s.dismissStorageNotice);
  if (notices.length === 0) return null;
  return (
    <section className="storage-notices" aria-label={t('storage.region')}>
      {notices.map((notice) => {
        const problem = notice.kind !== 'migrated';
        const saveOver =
          notice.kind === 'other-tab' ||
          notice.kind === 'unread' ||
          (notice.kind === 'set-aside' && notice.backupKey === null);
        return (
          <div
            key={notice.id}
            className={problem ? 'storage-notice is-problem' : 'storage-notice'}
            role={problem ? 'alert' : 'status'}
            data-testid="storage-notice"
            data-kind={notice.kind}
          >
            <p>
              <NoticeText notice={notice} />
            </p>
            <div className="storage-notice__actions">
              {notice.kind === 'other-tab' || notice.kind === 'unread' ? (
                <button type="button" onClick={() => window.location.reload()}>
                  {t(notice.kind === 'other-tab' ? 'storage.loadOther' : 'storage.reload')}
                </button>
              ) : null}
              {saveOver ? (
                <button
                  type="button"
                  onClick={() => {
                    persistence.saveOverStored();
                    dismiss(notice.id);
                  }}
                >
                  {t('storage.saveOver')}
                </button>
              ) : null}
              {/* While saving is stopped the learner must choose: a plain dismiss would hide that. */}
              {saveOver ? null : (
                <button type="button" onClick={() => dismiss(notice.id)}>
                  {t('storage.dismiss')}
                </button>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
