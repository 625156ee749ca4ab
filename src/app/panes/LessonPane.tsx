import type { Root } from 'hast';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLessonTree } from '../../content';
import type { Locale } from '../../i18n';
import { HastView } from '../markdown/HastView';
import { useAppStore } from '../store';

function useLesson(locale: Locale): Root | null | 'error' {
  const [loaded, setLoaded] = useState<{ locale: Locale; tree: Root | 'error' } | null>(null);
  useEffect(() => {
    let live = true;
    loadLessonTree(locale).then(
      (tree) => live && setLoaded({ locale, tree }),
      () => live && setLoaded({ locale, tree: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [locale]);
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
