import { create } from 'zustand';
import type { RefusedFile } from './classImport';
import type { ClassFile, Sort } from './classTable';

/**
 * The class the instructor imported, kept while the panel's tabs switch (not saved: the learners' files
 * are the record, and they stay on the instructor's disk).
 */
interface ClassState {
  files: ClassFile[];
  refused: RefusedFile[];
  /** Files read so far while an import runs, else null. */
  reading: { done: number; total: number } | null;
  /** What the last import did, for the status line. */
  lastImport: { total: number; good: number; bad: number } | null;
  sort: Sort;
  /** What the instructor typed to find learners (the table shows the rows that match). */
  query: string;
  setReading(reading: ClassState['reading']): void;
  addImport(accepted: ClassFile[], refused: RefusedFile[]): void;
  setSort(sort: Sort): void;
  setQuery(query: string): void;
  clear(): void;
}

export const useClassStore = create<ClassState>()((set) => ({
  files: [],
  refused: [],
  reading: null,
  lastImport: null,
  sort: { column: 'name', direction: 'ascending' },
  query: '',
  setReading: (reading) => set({ reading }),
  addImport: (accepted, refused) =>
    set((s) => ({
      files: [...s.files, ...accepted],
      refused: [...s.refused, ...refused],
      reading: null,
      lastImport: { total: accepted.length + refused.length, good: accepted.length, bad: refused.length },
    })),
  setSort: (sort) => set({ sort }),
  setQuery: (query) => set({ query }),
  clear: () => set({ files: [], refused: [], reading: null, lastImport: null, query: '' }),
}));
