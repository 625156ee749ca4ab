import { create } from 'zustand';
import { useAppStore } from '../../store';
import { parseScript, type Script } from './script';
import { typeLine } from './typing';

/** Speed 1 types about 16 characters a second and pauses 1.2 s between steps; the speed multiplies it. */
const CHAR_MS = 60;
const PAUSE_MS = 1200;
export const SPEEDS = [0.5, 1, 2, 4, 8];

export interface PlaybackState {
  /** The script text as last used ("Use this script" or a loaded file), and its command lines. */
  text: string;
  script: Script;
  /** The text area's content, kept while the tab is away (it may differ from `text` until used). */
  draft: string;
  /** Steps done: the next step to type is `script.steps[position]`. */
  position: number;
  /** For each step done, the history's index before and after it (what "previous" undoes). */
  marks: { before: number; after: number }[];
  speedIndex: number;
  /** Playing: typing steps one after another with pauses between. */
  playing: boolean;
  /** A step is being typed. */
  busy: boolean;
  load(text: string): void;
  setDraft(draft: string): void;
  setSpeedIndex(index: number): void;
  next(): Promise<boolean>;
  previous(): void;
  play(): Promise<void>;
  pause(): void;
}

/** What stops the typing or the pause under way (one at a time; cleared by whoever set it, or on pause). */
let abort: AbortController | null = null;
/** Which play run is current: a pause or a new script ends the run under way, even mid-await. */
let run = 0;

const waitOrAbort = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * The playback engine and its place in the script, outside any component: switching the instructor's tabs
 * keeps a playing script playing, and closing the panel (which pauses it) keeps its place for when it
 * opens again in the same page. Part of the instructor's chunk, not the first screen's store.
 */
export const usePlaybackStore = create<PlaybackState>()((set, get) => {
  const speed = () => SPEEDS[get().speedIndex] ?? 1;
  return {
    text: '',
    script: { steps: [], dropped: 0 },
    draft: '',
    position: 0,
    marks: [],
    speedIndex: 1,
    playing: false,
    busy: false,
    load: (text) => {
      run++;
      abort?.abort();
      abort = null;
      set({ text, draft: text, script: parseScript(text), position: 0, marks: [], playing: false });
    },
    setDraft: (draft) => set({ draft }),
    setSpeedIndex: (speedIndex) => set({ speedIndex }),
    next: async () => {
      const { script, position, marks } = get();
      const line = script.steps[position];
      if (line === undefined || abort) return false;
      const controller = new AbortController();
      abort = controller;
      set({ busy: true });
      const before = useAppStore.getState().history.index;
      const ran = await typeLine(line, CHAR_MS / speed(), controller.signal, (l) =>
        useAppStore.getState().runCommand(l),
      );
      if (abort === controller) abort = null;
      if (!abort) set({ busy: false });
      // A new script loaded meanwhile: this step belonged to the old one.
      if (!ran || get().script !== script) return false;
      const after = useAppStore.getState().history.index;
      set({ position: position + 1, marks: [...marks.slice(0, position), { before, after }] });
      return true;
    },
    previous: () => {
      if (abort) return;
      const { position, marks } = get();
      if (position === 0) return;
      const app = useAppStore.getState();
      const mark = marks[position - 1];
      // Only undo when the present is still where that step left it (nothing typed or undone since).
      if (mark && app.history.index === mark.after) for (let i = mark.before; i < mark.after; i++) app.undo();
      set({ position: position - 1, marks: marks.slice(0, position - 1) });
    },
    play: async () => {
      if (get().playing) return;
      const me = ++run;
      set({ playing: true });
      while (run === me && (await get().next())) {
        if (get().position >= get().script.steps.length) break;
        const controller = new AbortController();
        abort = controller;
        await waitOrAbort(PAUSE_MS / speed(), controller.signal);
        if (abort === controller) abort = null;
        if (controller.signal.aborted) break;
      }
      if (run === me) set({ playing: false });
    },
    pause: () => {
      run++;
      set({ playing: false });
      abort?.abort();
      abort = null;
    },
  };
});
