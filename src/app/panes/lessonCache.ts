import type { Root } from 'hast';
import { loadLessonTree } from '../../content';
import type { Locale } from '../../i18n';

/**
 * Lessons already loaded, by language. The page loads the learner's lesson before its first render (like
 * its strings), so the lesson is part of the first paint instead of a second render and layout after it.
 */
const trees = new Map<Locale, Root>();

export function cachedLesson(locale: Locale): Root | undefined {
  return trees.get(locale);
}

export async function loadLesson(locale: Locale): Promise<Root> {
  const cached = trees.get(locale);
  if (cached) return cached;
  const tree = await loadLessonTree(locale);
  trees.set(locale, tree);
  return tree;
}
