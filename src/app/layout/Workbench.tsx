import { lazy, Suspense } from 'react';
import { NarrowLayout } from './NarrowLayout';
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery';
import { loadWideLayout, wideLayoutIfLoaded } from './wideLayoutChunk';

const LazyWideLayout = lazy(() => loadWideLayout().then((WideLayout) => ({ default: WideLayout })));

/** The three panes: resizable side by side, or tabs on narrow screens. */
export function Workbench() {
  const narrow = useMediaQuery(NARROW_QUERY);
  if (narrow) return <NarrowLayout />;
  // Already loaded (the usual case: main.tsx waited for it): rendered at once, with no fallback frame.
  const WideLayout = wideLayoutIfLoaded();
  if (WideLayout) return <WideLayout />;
  return (
    <Suspense fallback={<main className="workbench" aria-busy="true" />}>
      <LazyWideLayout />
    </Suspense>
  );
}
