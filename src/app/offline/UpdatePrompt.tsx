import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissUpdate, subscribeUpdates, type UpdateState, updateState } from './updates';
import './offline.css';

const NONE: UpdateState = { kind: 'none' };

/**
 * Says a new version is ready and offers to load it; if, once accepted, it does not take over, says what the
 * learner can do. A status region (polite) so screen readers hear it without losing their place; the buttons
 * are ordinary buttons, reachable by Tab.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const update = useSyncExternalStore(subscribeUpdates, updateState, () => NONE);
  if (update.kind === 'stalled') {
    return (
      <div className="update-prompt" role="status" data-testid="update-prompt">
        <span>{t('offline.stalled')}</span>
        <button type="button" onClick={dismissUpdate}>
          {t('offline.close')}
        </button>
      </div>
    );
  }
  // While the accepted version takes over, the prompt keeps its exact box, buttons disabled: whatever lies
  // under the pointer must not change then, or a prefetch on hover (the dashboard's) could wake the outgoing
  // service worker as it stops, and Chromium would keep the new one waiting (see updates.ts).
  const applying = update.kind === 'applying';
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      {(update.kind === 'offered' || applying) && (
        <>
          <span>{t('offline.updateReady')}</span>
          <button
            type="button"
            onClick={update.kind === 'offered' ? update.apply : undefined}
            disabled={applying}
          >
            {t('offline.update')}
          </button>
          <button type="button" onClick={dismissUpdate} disabled={applying}>
            {t('offline.later')}
          </button>
          {applying && <span className="visually-hidden">{t('offline.applying')}</span>}
        </>
      )}
    </div>
  );
}
