/** Debian relationship fields (`Depends:`, `Conflicts:`): parsing, formatting, satisfaction. */
import type { DependencyAlternative, DependencyClause, Relation, VersionConstraint } from './types';
import { compareVersions, isValidVersion } from './version';

const RELATIONS: readonly Relation[] = ['<<', '<=', '=', '>=', '>>'];
const ALTERNATIVE = /^([a-z0-9][a-z0-9+.-]+)(?:\s*\(\s*(<<|<=|=|>=|>>)\s*([^\s)]+)\s*\))?$/;

/** Parses one alternative, e.g. `libssl3 (>= 3.0.11)`. */
export function parseAlternative(text: string): DependencyAlternative | undefined {
  const m = ALTERNATIVE.exec(text.trim());
  if (!m) return undefined;
  const [, name, op, version] = m;
  if (name === undefined) return undefined;
  if (op === undefined || version === undefined) return { name };
  if (!isValidVersion(version) || !RELATIONS.includes(op as Relation)) return undefined;
  return { name, constraint: { op: op as Relation, version } };
}

/** Parses one clause, e.g. `nginx-core (<< 1.22.1-9.1~) | nginx-full`. */
export function parseClause(text: string): DependencyClause | undefined {
  const alternatives: DependencyAlternative[] = [];
  for (const part of text.split('|')) {
    const alt = parseAlternative(part);
    if (!alt) return undefined;
    alternatives.push(alt);
  }
  return alternatives.length > 0 ? alternatives : undefined;
}

/** Parses a whole field, clauses separated by commas. Returns undefined on any syntax error. */
export function parseDepends(field: string): DependencyClause[] | undefined {
  if (field.trim() === '') return [];
  const clauses: DependencyClause[] = [];
  for (const part of field.split(',')) {
    const clause = parseClause(part);
    if (!clause) return undefined;
    clauses.push(clause);
  }
  return clauses;
}

/** Debian control-file form: `libssl3 (>= 3.0.11)`. */
export function formatConstraint(c: VersionConstraint): string {
  return `(${c.op} ${c.version})`;
}

export function formatAlternative(alt: DependencyAlternative): string {
  return alt.constraint ? `${alt.name} ${formatConstraint(alt.constraint)}` : alt.name;
}

export function formatClause(clause: DependencyClause): string {
  return clause.map(formatAlternative).join(' | ');
}

/** As `apt show`/`dpkg -s` print a field. */
export function formatDepends(clauses: readonly DependencyClause[]): string {
  return clauses.map(formatClause).join(', ');
}

/** apt's broken-package report shows `<<`/`>>` as `<`/`>`. */
export function aptOperator(op: Relation): string {
  return op === '<<' ? '<' : op === '>>' ? '>' : op;
}

export function satisfiesConstraint(version: string, constraint: VersionConstraint | undefined): boolean {
  if (!constraint) return true;
  const c = compareVersions(version, constraint.version);
  switch (constraint.op) {
    case '<<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '=':
      return c === 0;
    case '>=':
      return c >= 0;
    case '>>':
      return c > 0;
  }
}

/** `satisfies('3.0.13-1~deb12u1', '>= 3.0.11')` — constraint as `OP VERSION`. */
export function satisfies(version: string, constraint: string): boolean {
  const m = /^\s*(<<|<=|=|>=|>>)\s*(\S+)\s*$/.exec(constraint);
  if (!m?.[1] || !m[2]) return false;
  return satisfiesConstraint(version, { op: m[1] as Relation, version: m[2] });
}
