import { useEffect } from 'react';
import { useAppStore } from '../store';
import { useResolvedTheme } from './useTheme';

/** Puts the theme and presenter mode on <html>, where the style sheets read them. */
export function useDocumentSettings(): void {
  const theme = useResolvedTheme();
  const presenter = useAppStore((s) => s.settings.presenter);
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
