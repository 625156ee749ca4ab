import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_EVERY_MS, type CheckTriggers, checkForUpdates } from './checks';

/** A document and window whose events are fired by hand; the interval runs on vitest's fake clock. */
function triggers() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const win = Object.assign(new EventTarget(), {
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms) as unknown as number,
  });
  const all: CheckTriggers = { document: doc, window: win };
  return { doc, win, triggers: all };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('checks for a new version while the app is open', () => {
  it('checks when the tab comes back into view, not when it is hidden', () => {
    const { doc, triggers: t } = triggers();
    const update = vi.fn(async () => {});
    checkForUpdates(update, t);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(update).not.toHaveBeenCalled();
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('checks when the network returns, and every hour', () => {
    const { win, triggers: t } = triggers();
    const update = vi.fn(async () => {});
    checkForUpdates(update, t);
    win.dispatchEvent(new Event('online'));
    expect(update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CHECK_EVERY_MS - 1);
    expect(update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    expect(update).toHaveBeenCalledTimes(3);
  });

  it('a failed check (offline) is swallowed, and the next one still runs', async () => {
    const { win, triggers: t } = triggers();
    const update = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    checkForUpdates(update, t);
    win.dispatchEvent(new Event('online'));
    win.dispatchEvent(new Event('online'));
    await vi.runOnlyPendingTimersAsync();
    process.off('unhandledRejection', unhandled);
    expect(update).toHaveBeenCalledTimes(3);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
