import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { useResolvedTheme } from './useTheme';

/**
 * Puts the theme and presenter mode on <html>, where the style sheets read them, and names the page (its
 * tab, bookmarks, history) in the learner's language.
 */
export function useDocumentSettings(): void {
  const theme = useResolvedTheme();
  const presenter = useAppStore((s) => s.settings.presenter);
  const { t } = useTranslation();
  const title = t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    document
      .querySelector('meta[name="theme-color"]')
      ?.setAttribute('content', theme === 'dark' ? '#0d1117' : '#f6f7f9');
  }, [theme]);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
  }, [presenter]);
}
