import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { pickLocale } from '../../i18n/locales';
import { createInstructorSlice, type InstructorSlice } from '../instructor/instructorSlice';
import { browserEnv, listenToBrowser } from '../persistence/browser';
import { createSessionPersistence } from '../persistence/sessionPersistence';
import { createDashboardSlice, type DashboardSlice } from './dashboardSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createHistorySlice, type HistorySlice } from './historySlice';
import { loadLab, startLab } from './labLoader';
import { createMissionSlice, type MissionSlice, newLearnerSeed } from './missionSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createShellSlice, type ShellSlice } from './shellSlice';
import { createStorageSlice, type StorageSlice } from './storageSlice';
import { createTerminalSlice, type TerminalSlice } from './terminalSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = ShellSlice &
  UiSlice &
  HistorySlice &
  DashboardSlice &
  SettingsSlice &
  EditorSlice &
  TerminalSlice &
  InstructorSlice &
  MissionSlice &
  StorageSlice;

function initialLocale() {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('driftlab.locale');
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLocale(saved, browser);
}

/** The learner's session in localStorage: saved after every change, restored before the first render. */
export const persistence = createSessionPersistence<AppState>(browserEnv());

/** One store for the whole app, composed from slices. */
export const useAppStore = create<AppState>()(
  persist((...args) => {
    const shell = createShellSlice(...args);
    const locale = initialLocale();
    return {
      ...shell,
      ...createUiSlice(locale)(...args),
      ...createHistorySlice(shell.shell.world)(...args),
      ...createDashboardSlice(...args),
      ...createSettingsSlice(...args),
      ...createEditorSlice(...args),
      ...createTerminalSlice(...args),
      ...createInstructorSlice(...args),
      ...createMissionSlice(newLearnerSeed())(...args),
      ...createStorageSlice(...args),
    };
  }, persistence.options),
);

persistence.attach(
  (notice) => useAppStore.getState().addStorageNotice(notice),
  () => persistence.options.partialize?.(useAppStore.getState()) ?? null,
);
listenToBrowser(persistence);

// The terminal's `mission` and `hint` commands act on the store's missions; once the lab has loaded, the
// learner's progress (restored or new) gets its runtime.
startLab(useAppStore.getState().missionPort, () => {
  const state = useAppStore.getState();
  state.hydrateMissions(state.missionProgress);
});
// Tests drive the store synchronously (`runCommand` right after import): under vitest the lab is loaded
// before any test runs. The browser build leaves it to the terminal and the missions panel (labLoader.ts).
if (import.meta.env.MODE === 'test') await loadLab();

// Checklist reasons and the terminal's mission words follow the language.
useAppStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale) state.hydrateMissions(state.missionProgress);
});
