import { useAppStore } from '../store';

/**
 * After a mission starts from the panel or a link, the control that started it may be gone (a list button
 * becomes "current mission", a link sits in a hidden tab): the keyboard goes to the mission's title, unless
 * a confirmation dialog has taken it.
 */
export function focusActiveMission(): void {
  requestAnimationFrame(() => {
    if (useAppStore.getState().missionRequest === null) {
      document.getElementById('active-mission-title')?.focus();
    }
  });
}
