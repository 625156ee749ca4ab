import { type PointerEvent as ReactPointerEvent, type RefObject, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { clampDock, DOCK_MAX, DOCK_MIN } from './dockHeight';

/** One arrow press: a twentieth of the window (Page keys move two). */
const STEP = 0.05;

/**
 * The bar on top of the instructor's dock (WAI-ARIA window splitter): dragged, or with the arrows, Page
 * Up/Down, Home and End, it trades height between the panes and the tools — on a projector the terminal
 * needs more lines than the tools do.
 */
export function DockResizer({ dock }: { dock: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const share = useAppStore((s) => s.instructorHeight);
  const setShare = useAppStore((s) => s.setInstructorHeight);
  // Until resized, the dock has the stylesheet's height: measured, so the keys start from what is seen.
  const [measured, setMeasured] = useState(0.46);
  useLayoutEffect(() => {
    const element = dock.current;
    if (!element) return;
    const measure = () => setMeasured(element.offsetHeight / window.innerHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [dock]);
  const value = clampDock(share ?? measured);

  const follow = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    setShare((window.innerHeight - event.clientY) / window.innerHeight);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable window splitter has no native element (<hr> cannot take focus or keys)
    <div
      className="instructor__resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('instructor.resize')}
      aria-controls="instructor-panel"
      aria-valuemin={Math.round(DOCK_MIN * 100)}
      aria-valuemax={Math.round(DOCK_MAX * 100)}
      aria-valuenow={Math.round(value * 100)}
      tabIndex={0}
      data-testid="instructor-resizer"
      onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
      onPointerMove={follow}
      onKeyDown={(event) => {
        const next =
          event.key === 'ArrowUp' || event.key === 'PageUp'
            ? value + (event.key === 'PageUp' ? 2 * STEP : STEP)
            : event.key === 'ArrowDown' || event.key === 'PageDown'
              ? value - (event.key === 'PageDown' ? 2 * STEP : STEP)
              : event.key === 'Home'
                ? DOCK_MIN
                : event.key === 'End'
                  ? DOCK_MAX
                  : null;
        if (next === null) return;
        event.preventDefault();
        setShare(next);
      }}
    />
  );
}
