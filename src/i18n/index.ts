import i18next from 'i18next';
import en from './en.json';
import ptBR from './pt-BR.json';

export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const resources = {
  'pt-BR': { translation: ptBR },
  en: { translation: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ptBR };
    // Message codes from the core use underscores (SERVICE_FAILED); keep `_` from meaning "context".
    contextSeparator: '#';
  }
}

/** pt-BR first: English only when the browser asks for it and nothing was chosen before. */
export function pickLocale(saved: string | null, browser: readonly string[]): Locale {
  if (saved === 'pt-BR' || saved === 'en') return saved;
  const first = browser[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'pt-BR';
}

/** Each language's name in itself, for the language picker (whatever language is loaded). */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'pt-BR': 'Português (Brasil)', en: 'English' };

/** The options every i18next instance of the app shares (`initI18n`, and `browser.ts` for the page). */
export const I18N_OPTIONS = {
  fallbackLng: 'pt-BR',
  interpolation: { escapeValue: false },
  contextSeparator: '#',
  initAsync: false,
} as const;

/** An instance with both languages loaded (tests, tools); the page uses `createPageI18n` from `browser.ts`. */
export function initI18n(locale: Locale) {
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: locale, resources });
  return instance;
}
