import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  connectUpdates,
  dismissUpdate,
  followInstalling,
  type PageHandle,
  pendingUpdate,
  subscribeUpdates,
  type WorkerHandle,
} from './updates';

type Handler = (event: { isExternal?: boolean }) => void;

/** A stand-in for workbox-window's Workbox: events fired by hand, the skip-waiting message recorded. */
function fakeWorker() {
  const handlers: Record<string, Handler[]> = {};
  const worker: WorkerHandle & { fire(type: string, isExternal?: boolean): void; skipped: number } = {
    skipped: 0,
    addEventListener(type, listener) {
      handlers[type] = [...(handlers[type] ?? []), listener];
    },
    messageSkipWaiting() {
      worker.skipped += 1;
    },
    fire(type, isExternal) {
      for (const h of handlers[type] ?? []) h({ isExternal });
    },
  };
  return worker;
}

function fakePage(controlled: boolean) {
  const page = { reload: vi.fn<() => void>(), controlled: () => controlled };
  return page satisfies PageHandle;
}

afterEach(() => dismissUpdate());

describe('service worker updates', () => {
  it('offers nothing until a new version waits, then tells subscribers', () => {
    const worker = fakeWorker();
    const listener = vi.fn();
    const stop = subscribeUpdates(listener);
    connectUpdates(worker, fakePage(true));
    expect(pendingUpdate()).toBeNull();
    worker.fire('waiting');
    expect(pendingUpdate()).toBeTypeOf('function');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('applies the update by skipping waiting, and reloads only once the new worker controls the page', () => {
    const worker = fakeWorker();
    const page = fakePage(true);
    connectUpdates(worker, page);
    worker.fire('waiting');
    pendingUpdate()?.();
    expect(worker.skipped).toBe(1);
    expect(pendingUpdate()).toBeNull();
    expect(page.reload).not.toHaveBeenCalled();
    worker.fire('controlling');
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('"later" hides the offer without applying it', () => {
    const worker = fakeWorker();
    const page = fakePage(true);
    connectUpdates(worker, page);
    worker.fire('waiting');
    dismissUpdate();
    expect(pendingUpdate()).toBeNull();
    expect(worker.skipped).toBe(0);
    worker.fire('controlling');
    expect(page.reload).not.toHaveBeenCalled();
  });

  it('on a first visit, a newer worker that took over at once is offered as a plain reload', () => {
    const worker = fakeWorker();
    const page = fakePage(false);
    connectUpdates(worker, page);
    worker.fire('activated', false);
    expect(pendingUpdate(), 'the first install is not an update').toBeNull();
    worker.fire('activated', true);
    pendingUpdate()?.();
    expect(page.reload).toHaveBeenCalledTimes(1);
    expect(worker.skipped).toBe(0);
    expect(pendingUpdate()).toBeNull();
  });

  it('a controlled page is not offered a reload when another worker activates (it waited for "update")', () => {
    const worker = fakeWorker();
    connectUpdates(worker, fakePage(true));
    worker.fire('activated', true);
    expect(pendingUpdate()).toBeNull();
  });
});

/** A registration whose installing worker changes state by hand. */
function fakeRegistration(hasInstalling: boolean) {
  const installing = Object.assign(new EventTarget(), { state: 'installing' as ServiceWorkerState });
  const registration = {
    installing: hasInstalling ? (installing as unknown as ServiceWorker) : null,
    waiting: null as ServiceWorker | null,
  };
  const installed = () => {
    installing.state = 'installed';
    registration.waiting = installing as unknown as ServiceWorker;
    installing.dispatchEvent(new Event('statechange'));
  };
  return { registration, installed };
}

describe('a new worker already installing when the page registers', () => {
  it('is offered once it waits, on a page an older worker controls', () => {
    const { registration, installed } = fakeRegistration(true);
    const offer = vi.fn();
    followInstalling(registration, fakePage(true), offer);
    expect(offer).not.toHaveBeenCalled();
    installed();
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('is not offered on a first visit (it is this version installing), nor when nothing installs', () => {
    const first = fakeRegistration(true);
    const offer = vi.fn();
    followInstalling(first.registration, fakePage(false), offer);
    first.installed();
    followInstalling(fakeRegistration(false).registration, fakePage(true), offer);
    expect(offer).not.toHaveBeenCalled();
  });
});
