import { useEffect, useMemo, useState } from 'react';
import type { World } from '../../core';
import { useAppStore } from '../store';
import { shownWorld } from '../store/historySlice';
import { changedHosts, evaluateFrom } from '../store/selectors';

/** The world the dashboard shows: a step of the history being viewed, else the present. */
export function useShownWorld(): World {
  return useAppStore(shownWorld);
}

/** Time for one slice of evaluation: well under a frame, so typing stays fluid while a big fleet loads. */
const SLICE_MS = 12;
/** How often the progress shown on screen moves while a big fleet is evaluated. */
const PROGRESS_MS = 150;

function sliceFrom(world: World, from: number): number {
  const start = performance.now();
  return evaluateFrom(world, from, () => performance.now() - start > SLICE_MS);
}

/** Runs `task` as soon as the browser has handled pending input (a message, not a clamped timer). */
function yieldThen(task: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = task;
  channel.port2.postMessage(null);
  return () => {
    channel.port1.onmessage = null;
  };
}

export interface FleetProgress {
  done: number;
  total: number;
  complete: boolean;
}

/**
 * Evaluates every server of `world` (health and drift, memoised per server) in slices, yielding to the
 * browser between them. After a command only the servers it changed are evaluated, so the first slice,
 * run during render, finishes the whole fleet; a newly loaded large fleet takes many slices, and the
 * progress on screen moves a few times a second.
 */
export function useFleetProgress(world: World): FleetProgress {
  const first = useMemo(() => sliceFrom(world, 0), [world]);
  const [later, setLater] = useState<{ world: World; done: number } | null>(null);
  const total = world.order.length;
  const done = later?.world === world ? Math.max(first, later.done) : first;
  useEffect(() => {
    if (first >= total) return;
    let next = first;
    let shown = performance.now();
    let cancel = () => {};
    const step = () => {
      next = sliceFrom(world, next);
      const now = performance.now();
      if (next >= total || now - shown > PROGRESS_MS) {
        shown = now;
        setLater({ world, done: next });
      }
      if (next < total) cancel = yieldThen(step);
    };
    cancel = yieldThen(step);
    return () => cancel();
  }, [world, first, total]);
  return { done, total, complete: done >= total };
}

/** How long a change stays highlighted. */
export const HIGHLIGHT_MS = 2000;

export interface Highlight {
  hosts: ReadonlySet<string>;
  /** Alternates with each change so the same row can flash again. */
  parity: 'a' | 'b';
}

const NONE: Highlight = { hosts: new Set(), parity: 'a' };

/** The servers the last change touched, for a brief highlight (CSS drops it under reduced motion). */
export function useChangeHighlight(): Highlight {
  const lastChange = useAppStore((s) => s.lastChange);
  const [highlight, setHighlight] = useState<Highlight>(NONE);
  useEffect(() => {
    if (!lastChange) return;
    const hosts = new Set(changedHosts(lastChange.before, lastChange.after));
    if (hosts.size === 0) return;
    setHighlight({ hosts, parity: lastChange.seq % 2 === 0 ? 'a' : 'b' });
    const timer = setTimeout(() => setHighlight(NONE), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [lastChange]);
  return highlight;
}

/** The hosts the last change touched (empty when it touched none), for a polite announcement. */
export function useLastChangedHosts(): string[] {
  const lastChange = useAppStore((s) => s.lastChange);
  return useMemo(() => (lastChange ? changedHosts(lastChange.before, lastChange.after) : []), [lastChange]);
}
