import { NarrowLayout } from './NarrowLayout';
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery';
import { WideLayout } from './WideLayout';

/** The three panes: resizable side by side, or tabs on narrow screens. */
export function Workbench() {
  const narrow = useMediaQuery(NARROW_QUERY);
  return narrow ? <NarrowLayout /> : <WideLayout />;
}
