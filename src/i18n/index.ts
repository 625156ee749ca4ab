import i18next from 'i18next';
import en from './en.json';
import { I18N_OPTIONS, type Locale } from './locales';
import ptBR from './pt-BR.json';

// What the page needs on its first screen lives in locales.ts, which imports no translations.
export * from './locales';

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

/** An instance with both languages loaded (tests, tools); the page uses `createPageI18n` from `browser.ts`. */
export function initI18n(locale: Locale) {
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: locale, resources });
  return instance;
}
