/** Public API of converge and rebuild. */
export { applyConverge, planConverge, resolveLimit } from './converge';
export { type RebuildPreview, rebuildPreview, rebuildServer } from './rebuild';
export type * from './types';
