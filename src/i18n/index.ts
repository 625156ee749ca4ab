import i18next from 'i18next';
import { GRADING_STRINGS } from './areas/grading';
import { INSTRUCTOR_STRINGS } from './areas/instructor';
import { mergeStrings } from './areas/merge';
import en from './en.json';
import { I18N_OPTIONS, type Locale } from './locales';
import ptBR from './pt-BR.json';

// What the page needs on its first screen lives in locales.ts, which imports no translations.
export * from './locales';

/**
 * Every string of the app: the main files plus the lazy areas' (`areas/`), which the page adds only when
 * an area's chunk loads (`addAreaStrings`). Tests and tools get them all at once.
 */
export type Translation = typeof ptBR &
  (typeof INSTRUCTOR_STRINGS)['pt-BR'] &
  (typeof GRADING_STRINGS)['pt-BR'];

const AREAS = [INSTRUCTOR_STRINGS, GRADING_STRINGS];

export const resources = {
  'pt-BR': { translation: mergeStrings(ptBR, ...AREAS.map((a) => a['pt-BR'])) as Translation },
  en: { translation: mergeStrings(en, ...AREAS.map((a) => a.en)) as Translation },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
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
