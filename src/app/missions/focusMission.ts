import { type RefObject, useEffect } from 'react';
import { useAppStore } from '../store';

/**
 * Whether an element can hold the keyboard where it is: in the page, not inside a hidden tab or inert part.
 * The body is where focus falls when its element vanished (a link in a tab just hidden): never a place.
 */
export function isShown(element: Element | null): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected || element === document.body) return false;
  if (element.closest('[hidden], [inert]')) return false;
  // Chromium knows the rest (display: none higher up, content-visibility); test DOMs may not.
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/**
 * After a mission starts from the panel or a link, the control that started it may be gone (a list button
 * becomes "current mission", a link sits in a hidden tab): the keyboard goes to the mission's title. The
 * wish is kept in the store and the title takes it once it is there, active and shown — the missions' panel
 * may mount later (its first showing loads it), and a confirmation dialog may be asking first.
 */
export function focusMissionTitle(id: string | null): void {
  useAppStore.getState().focusMission(id);
}

/**
 * For the active mission's title: takes the keyboard when it was asked for (`focusMissionTitle`) and
 * nothing else holds it — no dialog asks, the title is shown (its tab selected).
 */
export function useMissionTitleFocus(title: RefObject<HTMLElement | null>, missionId: string): void {
  const wanted = useAppStore(
    (s) => s.missionFocus === missionId && s.missionRequest === null && s.missionAfterEditor === null,
  );
  // The tabs that can hide the title: the effect runs again when one of them shows it.
  const tabs = useAppStore((s) => `${s.guideTab} ${s.narrowTab}`);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tabs` is not read, it is when to look again (a tab switch unhides the title)
  useEffect(() => {
    const element = title.current;
    if (!wanted || !isShown(element)) return;
    element.focus();
    useAppStore.getState().focusMission(null);
  }, [wanted, tabs, title]);
}
