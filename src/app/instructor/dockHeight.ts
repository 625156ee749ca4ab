import { safeStorage } from '../store/settings';

/** The dock's height as a share of the window: enough for its header, never all of the panes. */
export const DOCK_MIN = 0.15;
export const DOCK_MAX = 0.8;
export const DOCK_HEIGHT_KEY = 'driftlab.instructorDock';

export function clampDock(share: number): number {
  return Math.min(DOCK_MAX, Math.max(DOCK_MIN, share));
}

/** The height the instructor last gave the dock (remembered like the panes' widths), or null for the default. */
export function savedDockHeight(): number | null {
  const share = Number(safeStorage.getItem(DOCK_HEIGHT_KEY) ?? Number.NaN);
  return Number.isFinite(share) ? clampDock(share) : null;
}

export function saveDockHeight(share: number): void {
  safeStorage.setItem(DOCK_HEIGHT_KEY, String(Math.round(share * 1000) / 1000));
}
