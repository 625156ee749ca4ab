import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import type { ContentPatch } from './types';

/**
 * A unified line diff of one file, as `ansible --check --diff` or `diff -u` prints it, plus its hunks as
 * data. `before`/`after` label the two sides (`desired`/`actual` for drift, `before`/`after` for converge).
 */
export function contentPatch(
  path: string,
  oldText: string,
  newText: string,
  before: string,
  after: string,
): ContentPatch {
  const patch = structuredPatch(path, path, oldText, newText, before, after);
  return { diff: formatPatch(patch, FILE_HEADERS_ONLY), hunks: patch.hunks };
}
