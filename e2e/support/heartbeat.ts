import type { Page } from '@playwright/test';

export interface Heartbeat {
  /** The longest gap between two animation frames, in ms: how long the page could not paint or react. */
  longestFrameGap: number;
  /** Gaps over 100 ms (a learner notices those). */
  slowFrames: number;
}

/** Installs, before the app's scripts, a requestAnimationFrame loop that records the gaps between frames. */
export async function installHeartbeat(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { last: 0, longest: 0, slow: 0 };
    (window as unknown as { __heartbeat: typeof state }).__heartbeat = state;
    const beat = (now: number) => {
      if (state.last) {
        const gap = now - state.last;
        state.longest = Math.max(state.longest, gap);
        if (gap > 100) state.slow += 1;
      }
      state.last = now;
      requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
  });
}

export async function resetHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const s = (window as unknown as { __heartbeat: { last: number; longest: number; slow: number } })
      .__heartbeat;
    s.last = 0;
    s.longest = 0;
    s.slow = 0;
  });
}

export async function readHeartbeat(page: Page): Promise<Heartbeat> {
  return page.evaluate(() => {
    const s = (window as unknown as { __heartbeat: { longest: number; slow: number } }).__heartbeat;
    return { longestFrameGap: Math.round(s.longest), slowFrames: s.slow };
  });
}
