import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  connectUpdates,
  dismissUpdate,
  followInstalling,
  type PageHandle,
  STALLED_AFTER_MS,
  subscribeUpdates,
  updateState,
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

/** Presses the prompt's first button ("Atualizar agora"), as the learner does. */
function accept(): void {
  const state = updateState();
  if (state.kind !== 'offered') throw new Error(`nothing offered (${state.kind})`);
  state.apply();
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  dismissUpdate();
  vi.useRealTimers();
});

describe('service worker updates', () => {
  it('offers nothing until a new version waits, then tells subscribers', () => {
    const worker = fakeWorker();
    const listener = vi.fn();
    const stop = subscribeUpdates(listener);
    connectUpdates(worker, fakePage(true));
    expect(updateState().kind).toBe('none');
    worker.fire('waiting');
    expect(updateState().kind).toBe('offered');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('applies the update by skipping waiting, says it is loading, and reloads once the new worker controls the page', () => {
    const worker = fakeWorker();
    const page = fakePage(true);
    connectUpdates(worker, page);
    worker.fire('waiting');
    accept();
    expect(worker.skipped).toBe(1);
    expect(updateState().kind).toBe('applying');
    expect(page.reload).not.toHaveBeenCalled();
    worker.fire('controlling');
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('says so when the accepted version has not taken over in time, and still reloads when it does', () => {
    const worker = fakeWorker();
    const page = fakePage(true);
    connectUpdates(worker, page);
    worker.fire('waiting');
    accept();
    vi.advanceTimersByTime(STALLED_AFTER_MS - 1);
    expect(updateState().kind).toBe('applying');
    vi.advanceTimersByTime(1);
    expect(updateState().kind, 'not left silent').toBe('stalled');
    worker.fire('controlling');
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('a version taking over in time is never reported as stalled', () => {
    const worker = fakeWorker();
    connectUpdates(worker, fakePage(true));
    worker.fire('waiting');
    accept();
    worker.fire('controlling');
    vi.advanceTimersByTime(STALLED_AFTER_MS);
    expect(updateState().kind).toBe('applying');
  });

  it('after the stalled notice is closed, a late takeover asks before reloading', () => {
    const worker = fakeWorker();
    const page = fakePage(true);
    connectUpdates(worker, page);
    worker.fire('waiting');
    accept();
    vi.advanceTimersByTime(STALLED_AFTER_MS);
    dismissUpdate();
    worker.fire('controlling');
    expect(page.reload).not.toHaveBeenCalled();
    accept();
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('a worker seen waiting again while the update applies does not hide the progress', () => {
    const worker = fakeWorker();
    const offerWaiting = connectUpdates(worker, fakePage(true));
    worker.fire('waiting');
    accept();
    offerWaiting();
    expect(updateState().kind).toBe('applying');
    expect(worker.skipped).toBe(1);
  });

  it('"later" hides the offer without applying it', () => {
    const worker = fakeWorker();
    const page = fakePage(true);
    connectUpdates(worker, page);
    worker.fire('waiting');
    dismissUpdate();
    expect(updateState().kind).toBe('none');
    expect(worker.skipped).toBe(0);
    worker.fire('controlling');
    expect(page.reload).not.toHaveBeenCalled();
    expect(updateState().kind).toBe('none');
  });

  it('on a first visit, a newer worker that took over at once is offered as a plain reload', () => {
    const worker = fakeWorker();
    const page = fakePage(false);
    connectUpdates(worker, page);
    worker.fire('activated', false);
    expect(updateState().kind, 'the first install is not an update').toBe('none');
    worker.fire('activated', true);
    accept();
    expect(page.reload).toHaveBeenCalledTimes(1);
    expect(worker.skipped).toBe(0);
  });

  it('a controlled page is not offered a reload when another worker activates (it waited for "update")', () => {
    const worker = fakeWorker();
    connectUpdates(worker, fakePage(true));
    worker.fire('activated', true);
    expect(updateState().kind).toBe('none');
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
