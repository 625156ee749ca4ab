/** Paging for long tables and lists (servers of a heatmap, backends, history steps). */

export interface Page {
  page: number;
  pages: number;
  from: number;
  /** Exclusive. */
  to: number;
}

/** Page `page` (0-based, clamped) of `total` items, `size` per page. */
export function pageOf(total: number, page: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const at = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { page: at, pages, from: at * size, to: Math.min(total, (at + 1) * size) };
}

/** The page that holds item `index`. */
export function pageHolding(index: number, size: number): number {
  return Math.max(0, Math.floor(index / size));
}
