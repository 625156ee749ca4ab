type Tree = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep merge of string trees (the main file and the areas'); a later leaf never replaces an earlier one. */
export function mergeStrings(...trees: readonly object[]): Tree {
  const out: Record<string, unknown> = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const before = out[key];
      if (isTree(before) && isTree(value)) out[key] = mergeStrings(before, value);
      else if (before === undefined) out[key] = value;
    }
  }
  return out;
}
