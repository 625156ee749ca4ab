import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissUpdate, pendingUpdate, subscribeUpdates } from './updates';
import './offline.css';

/**
 * Says a new version is ready and offers to load it. A status region (polite) so screen readers hear it
 * without losing their place; the buttons are ordinary buttons, reachable by Tab.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useSyncExternalStore(subscribeUpdates, pendingUpdate, () => null);
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      {apply && (
        <>
          <span>{t('offline.updateReady')}</span>
          <button type="button" onClick={apply}>
            {t('offline.update')}
          </button>
          <button type="button" onClick={dismissUpdate}>
            {t('offline.later')}
          </button>
        </>
      )}
    </div>
  );
}
