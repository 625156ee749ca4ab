import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store';
import { resolveTheme } from '../store/settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemPrefersDark = () => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;

/** The theme on screen: the learner's choice, else the system's (followed live). */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useAppStore((s) => s.settings.theme);
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  return resolveTheme(choice, dark);
}
