import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectUpdates, dismissUpdate, pendingUpdate, subscribeUpdates, type WorkerHandle } from './updates';

/** A stand-in for workbox-window's Workbox: events fired by hand, the skip-waiting message recorded. */
function fakeWorker() {
  const handlers: Record<string, (() => void)[]> = {};
  const worker: WorkerHandle & { fire(type: string): void; skipped: number } = {
    skipped: 0,
    addEventListener(type, listener) {
      handlers[type] = [...(handlers[type] ?? []), listener];
    },
    messageSkipWaiting() {
      worker.skipped += 1;
    },
    fire(type) {
      for (const h of handlers[type] ?? []) h();
    },
  };
  return worker;
}

afterEach(() => dismissUpdate());

describe('service worker updates', () => {
  it('offers nothing until a new version waits, then tells subscribers', () => {
    const worker = fakeWorker();
    const listener = vi.fn();
    const stop = subscribeUpdates(listener);
    connectUpdates(worker, () => {});
    expect(pendingUpdate()).toBeNull();
    worker.fire('waiting');
    expect(pendingUpdate()).toBeTypeOf('function');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('applies the update by skipping waiting, and reloads only once the new worker controls the page', () => {
    const worker = fakeWorker();
    const reload = vi.fn();
    connectUpdates(worker, reload);
    worker.fire('waiting');
    pendingUpdate()?.();
    expect(worker.skipped).toBe(1);
    expect(pendingUpdate()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
    worker.fire('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"later" hides the offer without applying it', () => {
    const worker = fakeWorker();
    const reload = vi.fn();
    connectUpdates(worker, reload);
    worker.fire('waiting');
    dismissUpdate();
    expect(pendingUpdate()).toBeNull();
    expect(worker.skipped).toBe(0);
    worker.fire('controlling');
    expect(reload).not.toHaveBeenCalled();
  });
});
