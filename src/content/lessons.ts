import type { Root } from 'hast';
import type { Locale } from '../i18n';

// One chunk per language: a learner downloads only the lesson they read.
const LOADERS: Record<Locale, () => Promise<{ default: Root }>> = {
  'pt-BR': () => import('./lesson/pt-BR.md?hast'),
  en: () => import('./lesson/en.md?hast'),
};

/** The lesson in the learner's language, as a HTML syntax tree parsed from Markdown at build time. */
export async function loadLessonTree(locale: Locale): Promise<Root> {
  return (await LOADERS[locale]()).default;
}
