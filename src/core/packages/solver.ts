/**
 * A small deterministic dependency solver in apt's spirit. Each package gets at most one decision
 * (set to a version, or remove); a depth-first search fixes the first remaining problem with the
 * options apt would prefer: satisfy a dependency with the candidate of its first installable
 * alternative; for a package broken by a change, upgrade it to its candidate, else remove it;
 * for a conflict, upgrade, else remove the other side. Dependencies are only ever installed at
 * their candidate version, as apt does.
 */
import { satisfiesConstraint } from './depends';
import type { UnmetAlternative, UnmetProblem } from './errors';
import { getPackage, getVersion, providersOf } from './repository';
import { memoCandidate, repoKey, satisfiesCached, TrackedMap, virtualsOf } from './solverMemo';
import type {
  DependencyAlternative,
  DependencyClause,
  Installed,
  PackageVersion,
  RepoOptions,
} from './types';

export type ActionReason = 'requested' | 'dependency' | 'upgrade';
export type RemovalReason = 'requested' | 'conflict' | 'dependency';

export type Decision =
  | { kind: 'set'; version: string; reason: ActionReason }
  | { kind: 'remove'; reason: RemovalReason };

type Problem =
  | { kind: 'depends'; pkg: string; version: string; clause: DependencyClause; key: string }
  | {
      kind: 'conflicts';
      pkg: string;
      version: string;
      alt: DependencyAlternative;
      other: string;
      key: string;
    };

/** A package's problems at one version, valid while none of the names it refers to changed since `stamp`. */
interface Cached {
  version: string;
  stamp: number;
  refs: readonly string[];
  problems: Problem[];
}

export interface SolverState {
  opts: RepoOptions;
  installed: Installed;
  decisions: Map<string, Decision>;
  /** Packages whose version the user fixed (requested, or requested and already installed). */
  locked: Set<string>;
  holds: Set<string>;
  allowNew: boolean;
  allowRemove: boolean;
  /** `apt install` may change held packages (and reports them); upgrades may not. */
  allowHeld: boolean;
  baseline: Set<string>;
  steps: number;
  failure: readonly UnmetProblem[] | undefined;
  candidates: Map<string, string | undefined>;
  /** Installed names, sorted once. */
  installedNames: string[];
  /** Logical clock: bumped on every decision change; `stamps` holds each name's (and virtual name's) last. */
  clock: number;
  stamps: Map<string, number>;
  cache: Map<string, Cached>;
  metas: Map<string, PackageVersion | undefined>;
  repoKey: string;
}

const STEP_LIMIT = 5000;

export function newSolver(
  installed: Installed,
  opts: RepoOptions,
  flags: Pick<SolverState, 'allowNew' | 'allowRemove' | 'allowHeld'>,
): SolverState {
  const decisions = new TrackedMap<Decision>();
  const s: SolverState = {
    opts,
    installed,
    decisions,
    locked: new Set(),
    holds: new Set(opts.holds ?? []),
    ...flags,
    baseline: new Set(),
    steps: 0,
    failure: undefined,
    candidates: new Map(),
    installedNames: Object.keys(installed).sort(),
    clock: 0,
    stamps: new Map(),
    cache: new Map(),
    metas: new Map(),
    repoKey: repoKey(opts),
  };
  decisions.onChange = (name) => touch(s, name);
  s.baseline = new Set(findProblems(s).map((p) => p.key));
  return s;
}

export function candidateOf(s: SolverState, name: string): string | undefined {
  if (!s.candidates.has(name)) {
    const installed = Object.hasOwn(s.installed, name) ? s.installed[name] : undefined;
    s.candidates.set(name, memoCandidate(s.opts, s.repoKey, name, installed));
  }
  return s.candidates.get(name);
}

export function effective(s: SolverState, name: string): string | undefined {
  const d = s.decisions.get(name);
  if (d) return d.kind === 'set' ? d.version : undefined;
  return Object.hasOwn(s.installed, name) ? s.installed[name] : undefined;
}

function touch(s: SolverState, name: string): void {
  s.clock++;
  s.stamps.set(name, s.clock);
  for (const v of virtualsOf(s.opts, name)) s.stamps.set(v, s.clock);
}

function meta(s: SolverState, name: string, version: string): PackageVersion | undefined {
  const key = `${name}\u0000${version}`;
  if (!s.metas.has(key)) s.metas.set(key, getVersion(name, version, s.opts));
  return s.metas.get(key);
}

function present(s: SolverState): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, d] of s.decisions) if (d.kind === 'set') out.set(name, d.version);
  for (const name of s.installedNames) {
    const v = s.installed[name];
    if (!s.decisions.has(name) && v !== undefined) out.set(name, v);
  }
  return out;
}

function clauseSatisfied(
  clause: DependencyClause,
  pkgs: Map<string, string>,
  provided: () => Set<string>,
): boolean {
  return clause.some((alt) => {
    const v = pkgs.get(alt.name);
    if (v !== undefined) return satisfiesCached(v, alt.constraint);
    return alt.constraint === undefined && provided().has(alt.name);
  });
}

/** Every problem of one package at one version, before the baseline filter, and the names they depend on. */
function problemsOf(
  s: SolverState,
  pkg: string,
  version: string,
  pkgs: Map<string, string>,
  provided: () => Set<string>,
): Cached {
  const m = meta(s, pkg, version);
  const problems: Problem[] = [];
  const refs: string[] = [];
  m?.depends.forEach((clause, i) => {
    for (const alt of clause) refs.push(alt.name);
    if (!clauseSatisfied(clause, pkgs, provided))
      problems.push({ kind: 'depends', pkg, version, clause, key: `${pkg}@${version}|d${i}` });
  });
  for (const alt of m?.conflicts ?? []) {
    refs.push(alt.name);
    const other = pkgs.get(alt.name);
    if (alt.name === pkg || other === undefined || !satisfiesCached(other, alt.constraint)) continue;
    const key = `${pkg}@${version}|c${alt.name}@${other}`;
    problems.push({ kind: 'conflicts', pkg, version, alt, other: alt.name, key });
  }
  return { version, stamp: s.clock, refs, problems };
}

function fresh(s: SolverState, entry: Cached | undefined, version: string): entry is Cached {
  if (entry?.version !== version) return false;
  for (const ref of entry.refs) if ((s.stamps.get(ref) ?? 0) > entry.stamp) return false;
  return true;
}

/**
 * The problems of the current decisions, in package order. A package's own problems only change when its
 * version or a name it refers to changes, so they are recomputed for those packages only.
 */
function findProblems(s: SolverState): Problem[] {
  const pkgs = present(s);
  let providedSet: Set<string> | undefined;
  const provided = () => {
    if (!providedSet) {
      providedSet = new Set<string>();
      for (const [name, v] of pkgs) for (const p of meta(s, name, v)?.provides ?? []) providedSet.add(p);
    }
    return providedSet;
  };
  const problems: Problem[] = [];
  for (const [pkg, version] of pkgs) {
    let entry = s.cache.get(pkg);
    if (!fresh(s, entry, version)) {
      entry = problemsOf(s, pkg, version, pkgs, provided);
      s.cache.set(pkg, entry);
    }
    const decided = s.decisions.has(pkg);
    for (const p of entry.problems) if (decided || !s.baseline.has(p.key)) problems.push(p);
  }
  return problems;
}

function canSet(s: SolverState, name: string): boolean {
  if (s.locked.has(name) || s.decisions.has(name)) return false;
  const installed = Object.hasOwn(s.installed, name);
  if (!installed && !s.allowNew) return false;
  return !(installed && s.holds.has(name) && !s.allowHeld);
}

function canRemove(s: SolverState, name: string): boolean {
  if (!s.allowRemove || s.locked.has(name) || s.decisions.has(name)) return false;
  const pkg = getPackage(name, s.opts);
  if (pkg && (pkg.essential || pkg.important || pkg.protected)) return false;
  return !(s.holds.has(name) && !s.allowHeld);
}

type Option = { name: string; decision: Decision };

/** Upgrade `name` to its candidate, else remove it. */
function changeOrRemove(s: SolverState, name: string, why: RemovalReason): Option[] {
  const out: Option[] = [];
  const cand = candidateOf(s, name);
  if (cand !== undefined && cand !== effective(s, name) && canSet(s, name)) {
    out.push({ name, decision: { kind: 'set', version: cand, reason: 'dependency' } });
  }
  if (canRemove(s, name)) out.push({ name, decision: { kind: 'remove', reason: why } });
  return out;
}

function optionsFor(s: SolverState, p: Problem): Option[] {
  if (p.kind === 'conflicts')
    return [...changeOrRemove(s, p.other, 'conflict'), ...changeOrRemove(s, p.pkg, 'conflict')];
  const out: Option[] = [];
  for (const alt of p.clause) {
    if (getPackage(alt.name, s.opts)) {
      const cand = candidateOf(s, alt.name);
      if (cand !== undefined && satisfiesConstraint(cand, alt.constraint) && canSet(s, alt.name)) {
        out.push({ name: alt.name, decision: { kind: 'set', version: cand, reason: 'dependency' } });
      }
    } else if (alt.constraint === undefined) {
      for (const prov of providersOf(alt.name, s.opts)) {
        if (candidateOf(s, prov.name) === prov.version && canSet(s, prov.name)) {
          out.push({
            name: prov.name,
            decision: { kind: 'set', version: prov.version, reason: 'dependency' },
          });
        }
      }
    }
  }
  if (!s.decisions.has(p.pkg)) out.push(...changeOrRemove(s, p.pkg, 'dependency'));
  return out;
}

function describeAlt(s: SolverState, alt: DependencyAlternative): UnmetAlternative {
  const base = alt.constraint ? { name: alt.name, constraint: alt.constraint } : { name: alt.name };
  const eff = effective(s, alt.name);
  if (eff !== undefined) return { ...base, state: { kind: 'to-be-installed', version: eff } };
  if (!getPackage(alt.name, s.opts)) {
    const virtual = providersOf(alt.name, s.opts).length > 0;
    return { ...base, state: virtual ? { kind: 'virtual' } : { kind: 'not-installable' } };
  }
  const cand = candidateOf(s, alt.name);
  if (cand === undefined) return { ...base, state: { kind: 'not-installable' } };
  if (!satisfiesConstraint(cand, alt.constraint))
    return { ...base, state: { kind: 'to-be-installed', version: cand } };
  return { ...base, state: { kind: 'not-going-to-be-installed' } };
}

function toUnmet(s: SolverState, problems: readonly Problem[]): UnmetProblem[] {
  return problems.map((p) =>
    p.kind === 'depends'
      ? { package: p.pkg, relation: 'Depends', alternatives: p.clause.map((alt) => describeAlt(s, alt)) }
      : { package: p.pkg, relation: 'Conflicts', alternatives: [describeAlt(s, p.alt)] },
  );
}

function search(s: SolverState): boolean {
  s.steps++;
  const problems = findProblems(s);
  const first = problems[0];
  if (!first) return true;
  const options = s.steps > STEP_LIMIT ? [] : optionsFor(s, first);
  if (options.length === 0) {
    s.failure ??= toUnmet(s, problems);
    return false;
  }
  for (const o of options) {
    s.decisions.set(o.name, o.decision);
    if (search(s)) return true;
    s.decisions.delete(o.name);
  }
  return false;
}

/** Runs the search from the current decisions. On failure the decisions are left unchanged. */
export function solve(s: SolverState): boolean {
  s.steps = 0;
  s.failure = undefined;
  return search(s);
}
