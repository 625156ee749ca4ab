/**
 * What the solver keeps between questions: a decision map that reports its changes, and memos of pure
 * lookups (candidates, `Provides:` of a package, constraint checks) that every apt run asks again.
 */
import { satisfiesConstraint } from './depends';
import { candidate, getPackage } from './repository';
import type { RepoOptions, VersionConstraint } from './types';

/** A Map that tells its owner which key changed, so cached results that depend on it can be dropped. */
export class TrackedMap<V> extends Map<string, V> {
  onChange?: (key: string) => void;

  override set(key: string, value: V): this {
    super.set(key, value);
    this.onChange?.(key);
    return this;
  }

  override delete(key: string): boolean {
    const had = super.delete(key);
    if (had) this.onChange?.(key);
    return had;
  }
}

const LIMIT = 100_000;
const DEFAULT_CATALOG = {};

function table<V>(store: WeakMap<object, Map<string, V>>, opts: RepoOptions): Map<string, V> {
  const catalog = opts.catalog ?? DEFAULT_CATALOG;
  let known = store.get(catalog);
  if (!known || known.size > LIMIT) {
    known = new Map();
    store.set(catalog, known);
  }
  return known;
}

const candidates = new WeakMap<object, Map<string, string | undefined>>();
/** The part of the options a candidate depends on: sources, pins and target release (not holds). */
export function repoKey(opts: RepoOptions): string {
  return `${opts.sources?.join(',') ?? '*'}|${opts.targetRelease ?? ''}|${opts.pins ? JSON.stringify(opts.pins) : ''}`;
}

/** apt's candidate for `name`, remembered per catalog, `repoKey(opts)` and installed version. */
export function memoCandidate(
  opts: RepoOptions,
  repo: string,
  name: string,
  installed: string | undefined,
): string | undefined {
  const known = table(candidates, opts);
  const key = `${repo}|${name}|${installed ?? ''}`;
  if (!known.has(key))
    known.set(key, candidate(name, installed === undefined ? opts : { ...opts, installed }));
  return known.get(key);
}

const provides = new WeakMap<object, Map<string, readonly string[]>>();

/** Virtual names any version of `name` provides: a change of `name` may add or remove them. */
export function virtualsOf(opts: RepoOptions, name: string): readonly string[] {
  const known = table(provides, opts);
  let out = known.get(name);
  if (!out) {
    out = [...new Set(getPackage(name, opts)?.versions.flatMap((v) => v.provides) ?? [])];
    known.set(name, out);
  }
  return out;
}

const satisfied = new Map<string, boolean>();

export function satisfiesCached(version: string, constraint: VersionConstraint | undefined): boolean {
  if (!constraint) return true;
  const key = `${version}\u0000${constraint.op}\u0000${constraint.version}`;
  let hit = satisfied.get(key);
  if (hit === undefined) {
    if (satisfied.size > LIMIT) satisfied.clear();
    hit = satisfiesConstraint(version, constraint);
    satisfied.set(key, hit);
  }
  return hit;
}
