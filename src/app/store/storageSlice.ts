import type { StateCreator } from 'zustand';
import { addNotice, type ShownNotice, type StorageNotice } from '../persistence/notices';

/** What happened to the saved session (restored, set aside, not saved), shown until dismissed. */
export interface StorageSlice {
  storageNotices: ShownNotice[];
  addStorageNotice(notice: StorageNotice): void;
  dismissStorageNotice(id: number): void;
}

export const createStorageSlice: StateCreator<StorageSlice, [], [], StorageSlice> = (set) => ({
  storageNotices: [],
  addStorageNotice: (notice) => set((s) => ({ storageNotices: addNotice(s.storageNotices, notice) })),
  dismissStorageNotice: (id) => set((s) => ({ storageNotices: s.storageNotices.filter((n) => n.id !== id) })),
});
