import { create } from 'zustand';
import { pickLocale } from '../../i18n';
import { createShellSlice, type ShellSlice } from './shellSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = ShellSlice & UiSlice;

function initialLocale() {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('driftlab.locale');
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLocale(saved, browser);
}

/** One store for the whole app, composed from slices. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createShellSlice(...args),
  ...createUiSlice(initialLocale())(...args),
}));
