/** Ctrl-R: bash's reverse incremental history search, as pure data. */
export interface SearchState {
  query: string;
  /** Index in history of the current match, or -1 when nothing matches. */
  index: number;
  /** True when the last search step found nothing (bash then says `failed reverse-i-search`). */
  failed: boolean;
}

/** Finds the newest entry at or before `from` that contains `query`. */
function findBack(history: readonly string[], query: string, from: number): number {
  for (let i = Math.min(from, history.length - 1); i >= 0; i--)
    if ((history[i] as string).includes(query)) return i;
  return -1;
}

export function startSearch(history: readonly string[]): SearchState {
  return { query: '', index: history.length - 1, failed: false };
}

/** The learner typed more of the query: search again from the current match. */
export function typeQuery(search: SearchState, history: readonly string[], text: string): SearchState {
  const query = search.query + text;
  const from = search.index < 0 ? history.length - 1 : search.index;
  const index = findBack(history, query, from);
  return index < 0 ? { ...search, query, failed: true } : { query, index, failed: false };
}

export function eraseQuery(search: SearchState, history: readonly string[]): SearchState {
  const query = search.query.slice(0, -1);
  const index = findBack(history, query, history.length - 1);
  return { query, index, failed: index < 0 && query !== '' };
}

/** Ctrl-R again: the next older match. */
export function searchOlder(search: SearchState, history: readonly string[]): SearchState {
  const index = findBack(history, search.query, search.index - 1);
  return index < 0 ? { ...search, failed: true } : { ...search, index, failed: false };
}

export function matchOf(search: SearchState, history: readonly string[]): string {
  return search.index >= 0 && search.query !== '' ? (history[search.index] ?? '') : '';
}

/** What bash shows on the line while searching. */
export function searchPrompt(search: SearchState, history: readonly string[]): string {
  return `(${search.failed ? 'failed ' : ''}reverse-i-search)\`${search.query}': ${matchOf(search, history)}`;
}
