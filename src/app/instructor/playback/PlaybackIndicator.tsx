import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { usePlaybackStore } from './playbackStore';
import { usePlaybackKeys } from './usePlaybackKeys';

/**
 * In the instructor panel's header, while another tab is shown: where the script is and a button to pause
 * (or go on), so a demo on a projector keeps its script in hand. Mounted with the panel, it also holds the
 * playback's shortcuts; closing the panel pauses the script and keeps its place.
 */
export function PlaybackIndicator({ tabShown }: { tabShown: boolean }) {
  const { t } = useTranslation();
  const { script, position, playing, busy, play, pause } = usePlaybackStore();
  const showTab = useAppStore((s) => s.setInstructorTab);
  usePlaybackKeys();
  useEffect(() => () => usePlaybackStore.getState().pause(), []);

  const total = script.steps.length;
  const midway = position > 0 && position < total;
  if (tabShown || total === 0 || !(playing || busy || midway)) return null;
  const where = `${t('instructor.tabs.playback')} · ${t('instructor.playback.position', { done: position, total })}`;
  return (
    <div className="instructor__playing" data-testid="playback-indicator">
      <button type="button" className="instructor__playing-where" onClick={() => showTab('playback')}>
        <span aria-hidden="true">{playing ? '▶ ' : '‖ '}</span>
        {where}
      </button>
      <button type="button" className="button" onClick={playing ? pause : () => void play()}>
        {playing ? t('instructor.playback.pause') : t('instructor.playback.play')}
      </button>
    </div>
  );
}
