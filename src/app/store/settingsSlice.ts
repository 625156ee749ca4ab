import type { StateCreator } from 'zustand';
import { parseSettings, SETTINGS_KEY, type Settings, safeStorage, type ThemeChoice } from './settings';

/** The pane shown by the narrow (≤ 900 px) layout's tabs. */
export type NarrowTab = 'lesson' | 'missions' | 'terminal' | 'dashboard';

export interface SettingsSlice {
  settings: Settings;
  setTheme(theme: ThemeChoice): void;
  setPresenter(on: boolean): void;
  setScreenReaderMode(on: boolean): void;
  narrowTab: NarrowTab;
  setNarrowTab(tab: NarrowTab): void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set, get) => {
  const update = (patch: Partial<Settings>) => {
    const settings = { ...get().settings, ...patch };
    safeStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    set({ settings });
  };
  return {
    settings: parseSettings(safeStorage.getItem(SETTINGS_KEY)),
    setTheme: (theme) => update({ theme }),
    setPresenter: (presenter) => update({ presenter }),
    setScreenReaderMode: (screenReaderMode) => update({ screenReaderMode }),
    narrowTab: 'terminal',
    setNarrowTab: (narrowTab) => set({ narrowTab }),
  };
};
