import { useEffect } from 'react';
import { useAppStore } from '../store';
import { focusMissionTitle } from './focusMission';

const MISSION_LINK = /^#mission\/([a-z0-9-]+)$/;

/**
 * Hash routing for the lesson's `#mission/<id>` links (and a page opened on one): the mission opens,
 * after a confirmation if another is in progress. The hash is then cleared, so the same link works again
 * and a reload does not restart the mission.
 */
export function useMissionLinks(): void {
  const request = useAppStore((s) => s.requestMission);
  useEffect(() => {
    const follow = () => {
      const id = MISSION_LINK.exec(window.location.hash)?.[1];
      if (!id) return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      request(id);
      focusMissionTitle(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [request]);
}
