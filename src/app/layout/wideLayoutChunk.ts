import type { ComponentType } from 'react';

/**
 * The side-by-side layout and its resizable panels (react-resizable-panels) are a chunk of their own: a
 * phone or a narrow window never needs them. main.tsx starts the import with the strings and the lesson
 * when the window is wide, so the first render has it; a window widened later loads it then.
 */
let loaded: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;

export function loadWideLayout(): Promise<ComponentType> {
  loading ??= import('./WideLayout').then((m) => {
    loaded = m.WideLayout;
    return m.WideLayout;
  });
  return loading;
}

/** The layout once its chunk has arrived, else null. */
export function wideLayoutIfLoaded(): ComponentType | null {
  return loaded;
}
