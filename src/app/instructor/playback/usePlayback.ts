import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { parseScript } from './script';
import { typeLine } from './typing';

/** Speed 1 types about 16 characters a second and pauses 1.2 s between steps; the slider multiplies it. */
const CHAR_MS = 60;
const PAUSE_MS = 1200;

/**
 * The playback engine: next types the next step into the terminal; previous undoes the world change the
 * last step made (the history's undo, as many steps as it committed) and moves back; play types the rest
 * with pauses, at `speed`. Typing is cancelled when the tab goes away.
 */
export function usePlayback(speed: number) {
  const playback = useAppStore((s) => s.playback);
  const setPlayback = useAppStore((s) => s.setPlayback);
  const script = useMemo(() => parseScript(playback.text), [playback.text]);
  const [busy, setBusy] = useState(false);
  const [playing, setPlaying] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  useEffect(() => () => abort.current?.abort(), []);

  const next = useCallback(async (): Promise<boolean> => {
    const state = useAppStore.getState();
    const { position, marks } = state.playback;
    const line = script.steps[position];
    if (line === undefined || abort.current) return false;
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    const before = state.history.index;
    const ran = await typeLine(line, CHAR_MS / speedRef.current, controller.signal, (l) =>
      useAppStore.getState().runCommand(l),
    );
    abort.current = null;
    setBusy(false);
    if (!ran) return false;
    const after = useAppStore.getState().history.index;
    setPlayback({ position: position + 1, marks: [...marks.slice(0, position), { before, after }] });
    return true;
  }, [script, setPlayback]);

  const previous = useCallback(() => {
    if (abort.current) return;
    const state = useAppStore.getState();
    const { position, marks } = state.playback;
    if (position === 0) return;
    const mark = marks[position - 1];
    // Only undo when the present is still where that step left it (nothing typed or undone since).
    if (mark && state.history.index === mark.after)
      for (let i = mark.before; i < mark.after; i++) state.undo();
    setPlayback({ position: position - 1, marks: marks.slice(0, position - 1) });
  }, [setPlayback]);

  const pause = useCallback(() => {
    setPlaying(false);
    abort.current?.abort();
  }, []);

  const play = useCallback(async () => {
    setPlaying(true);
    while (await next()) {
      const done = useAppStore.getState().playback.position >= script.steps.length;
      if (done) break;
      const controller = new AbortController();
      abort.current = controller;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, PAUSE_MS / speedRef.current);
        controller.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      abort.current = null;
      if (controller.signal.aborted) break;
    }
    setPlaying(false);
  }, [next, script.steps.length]);

  const load = useCallback(
    (text: string) => {
      abort.current?.abort();
      setPlaying(false);
      setPlayback({ text, position: 0, marks: [] });
    },
    [setPlayback],
  );

  return {
    script,
    position: playback.position,
    text: playback.text,
    busy,
    playing,
    next,
    previous,
    play,
    pause,
    load,
  };
}
