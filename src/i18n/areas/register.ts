import type { i18n } from 'i18next';
import { LOCALES, type Locale } from '../locales';

/** Strings of one lazy area of the app, in every language, under the same keys as the main files. */
export type AreaStrings = Readonly<Record<Locale, object>>;

const registered = new WeakMap<i18n, Set<AreaStrings>>();

/**
 * Adds a lazy area's strings to `instance` in every language, once. Called by the area's chunk before its
 * first render, so its components find their keys; both languages at once, so switching later needs nothing.
 * Deep, without overwriting: an area shares top-level keys (`instructor`, `grading`) with the main files.
 */
export function addAreaStrings(instance: i18n, area: AreaStrings): void {
  const done = registered.get(instance) ?? new Set<AreaStrings>();
  if (done.has(area)) return;
  for (const locale of LOCALES) instance.addResourceBundle(locale, 'translation', area[locale], true, false);
  done.add(area);
  registered.set(instance, done);
}
