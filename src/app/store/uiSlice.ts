import type { StateCreator } from 'zustand';
import type { Locale } from '../../i18n';

export interface UiSlice {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export function createUiSlice(initial: Locale): StateCreator<UiSlice, [], [], UiSlice> {
  return (set) => ({
    locale: initial,
    setLocale: (locale) => set({ locale }),
  });
}
