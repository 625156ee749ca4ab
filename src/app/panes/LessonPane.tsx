import type { Root } from 'hast';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n';
import { HastView } from '../markdown/HastView';
import { useAppStore } from '../store';
import { cachedLesson, loadLesson } from './lessonCache';

function useLesson(locale: Locale): Root | null | 'error' {
  const [loaded, setLoaded] = useState<{ locale: Locale; tree: Root | 'error' } | null>(null);
  useEffect(() => {
    if (cachedLesson(locale)) return;
    let live = true;
    loadLesson(locale).then(
      (tree) => live && setLoaded({ locale, tree }),
      () => live && setLoaded({ locale, tree: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [locale]);
  // Usually loaded before the first render (main.tsx); else when the language changes.
  const cached = cachedLesson(locale);
  if (cached) return cached;
  return loaded?.locale === locale ? loaded.tree : null;
}

/** The lesson, rendered from its pre-parsed Markdown tree (no raw HTML ever reaches the page). */
export function LessonPane() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const tree = useLesson(locale);
  return (
    <article className="lesson" lang={locale} aria-busy={tree === null}>
      {tree === 'error' ? (
        <p role="alert">{t('lesson.loadError')}</p>
      ) : (
        tree && <HastView tree={tree} headingOffset={2} />
      )}
    </article>
  );
}
