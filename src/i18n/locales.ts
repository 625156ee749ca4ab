export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

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
