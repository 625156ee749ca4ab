import i18next, { type i18n } from 'i18next';
import type enJson from './en.json';
import { I18N_OPTIONS, type Locale } from './locales';
import ptBR from './pt-BR.json';

/**
 * The page's translations: pt-BR (the default and the fallback) ships with the first screen; English is a
 * chunk of its own, fetched when a learner reads in English — before the first render if that is their
 * language, or when they switch to it.
 */
// Each file's own type: a counted key has each language's plural forms (pt-BR's zero and many too).
const LOADERS: Record<Exclude<Locale, 'pt-BR'>, () => Promise<{ default: typeof enJson }>> = {
  en: () => import('./en.json'),
};

/**
 * The languages whose main file each instance has. Not `hasResourceBundle`: a lazy area (`areas/`) adds its
 * strings in every language, so an English bundle can exist before English itself was loaded.
 */
const loaded = new WeakMap<i18n, Set<Locale>>();

/** Adds `locale`'s translations to `instance` if it does not have them yet. */
export async function ensureLocale(instance: i18n, locale: Locale): Promise<void> {
  if (locale === 'pt-BR') return;
  const done = loaded.get(instance) ?? new Set<Locale>();
  loaded.set(instance, done);
  if (done.has(locale)) return;
  const { default: translation } = await LOADERS[locale]();
  // Deep: the areas' strings already there share top-level keys with the main file.
  instance.addResourceBundle(locale, 'translation', translation, true, false);
  done.add(locale);
}

/** The page's instance, in `locale`, with that language loaded. */
export async function createPageI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    ...I18N_OPTIONS,
    lng: 'pt-BR',
    resources: { 'pt-BR': { translation: ptBR } },
    partialBundledLanguages: true,
  });
  await ensureLocale(instance, locale);
  if (locale !== 'pt-BR') await instance.changeLanguage(locale);
  return instance;
}

/** Switches the page's language, loading it first. */
export async function switchLocale(instance: i18n, locale: Locale): Promise<void> {
  await ensureLocale(instance, locale);
  await instance.changeLanguage(locale);
}
