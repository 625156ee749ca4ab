import { useEffect } from 'react';
import { usePlaybackStore } from './playbackStore';

/**
 * Alt+Shift+→ next, Alt+Shift+← previous, Alt+Shift+P play or pause — keys no shell line editing uses —
 * anywhere on the page (the terminal included) while the instructor panel is open and a script is loaded.
 */
export function usePlaybackKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const playback = usePlaybackStore.getState();
      if (playback.script.steps.length === 0) return;
      const action =
        event.key === 'ArrowRight'
          ? () => void playback.next()
          : event.key === 'ArrowLeft'
            ? playback.previous
            : event.code === 'KeyP'
              ? playback.playing
                ? playback.pause
                : () => void playback.play()
              : null;
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
