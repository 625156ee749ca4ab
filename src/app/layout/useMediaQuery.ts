import { useCallback, useSyncExternalStore } from 'react';

/** Whether a media query matches, followed live (window resized, device rotated). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => undefined;
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}

/** The narrow layout (tabs instead of side-by-side panes) applies at 900 px and below. */
export const NARROW_QUERY = '(max-width: 900px)';
