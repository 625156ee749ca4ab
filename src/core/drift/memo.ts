/** What `getOrAdd` needs of a cache: a Map or a WeakMap. */
interface Cache<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The get-or-compute step of every cache here: nodes and worlds are immutable, so results keyed by them stay valid. */
export function getOrAdd<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as V;
  const value = make();
  cache.set(key, value);
  return value;
}
