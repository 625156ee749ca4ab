import type { StateCreator } from 'zustand';

/** A file the learner wants to compare in the editor engineer's diff editor (Monaco). */
export interface DiffRequest {
  host: string;
  path: string;
  /** The desired content (the manifest's template rendered for this server). */
  expected: string;
  /** The content on the server. */
  actual: string;
}

export interface DashboardSlice {
  /** The server whose detail is open, or null. */
  detailHost: string | null;
  openDetail(host: string): void;
  closeDetail(): void;
  /** Set by the dashboard's "open in diff editor"; the editor reads it and clears it when closed. */
  diffRequest: DiffRequest | null;
  openDiff(request: DiffRequest): void;
  closeDiff(): void;
}

export const createDashboardSlice: StateCreator<DashboardSlice, [], [], DashboardSlice> = (set) => ({
  detailHost: null,
  openDetail: (host) => set({ detailHost: host }),
  closeDetail: () => set({ detailHost: null }),
  diffRequest: null,
  openDiff: (request) => set({ diffRequest: request }),
  closeDiff: () => set({ diffRequest: null }),
});
