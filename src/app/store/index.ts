import { create } from 'zustand';
import { pickLocale } from '../../i18n';
import { createDashboardSlice, type DashboardSlice } from './dashboardSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createHistorySlice, type HistorySlice } from './historySlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createShellSlice, type ShellSlice } from './shellSlice';
import { createTerminalSlice, type TerminalSlice } from './terminalSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = ShellSlice &
  UiSlice &
  HistorySlice &
  DashboardSlice &
  SettingsSlice &
  EditorSlice &
  TerminalSlice;

function initialLocale() {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('driftlab.locale');
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLocale(saved, browser);
}

/** One store for the whole app, composed from slices. */
export const useAppStore = create<AppState>()((...args) => {
  const shell = createShellSlice(...args);
  return {
    ...shell,
    ...createUiSlice(initialLocale())(...args),
    ...createHistorySlice(shell.shell.world)(...args),
    ...createDashboardSlice(...args),
    ...createSettingsSlice(...args),
    ...createEditorSlice(...args),
    ...createTerminalSlice(...args),
  };
});
