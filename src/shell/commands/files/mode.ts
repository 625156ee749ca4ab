/**
 * chmod's MODE language, as coreutils' modechange.c reads it: octal (`644`, `2755`) or symbolic clauses
 * (`u+x`, `go-w`, `a=r,u+w`, `g=u`, `+X`). A clause without who (`+x`) acts on all classes except the bits
 * the umask would clear.
 */

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: 0o6000, t: 0o1000 };

interface Action {
  op: '+' | '-' | '=';
  /** Permission letters, or the class to copy from (`g=u`), or an octal value. */
  perms: string;
  copy?: 'u' | 'g' | 'o';
  octal?: number;
}

interface Clause {
  who: number;
  whoGiven: boolean;
  actions: Action[];
}

export type ModeSpec =
  | { kind: 'octal'; bits: number; digits: number }
  | { kind: 'symbolic'; clauses: Clause[] };

function parseClause(text: string): Clause | null {
  const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]|[0-7]+))+)$/.exec(text);
  if (!m) return null;
  const whoText = m[1] as string;
  let who = 0;
  for (const ch of whoText) who |= WHO[ch] ?? 0;
  const actions: Action[] = [];
  for (const part of (m[2] as string).match(/[-+=][^-+=]*/g) ?? []) {
    const op = part[0] as Action['op'];
    const rest = part.slice(1);
    if (/^[ugo]$/.test(rest)) actions.push({ op, perms: '', copy: rest as Action['copy'] });
    else if (/^[0-7]+$/.test(rest)) actions.push({ op, perms: '', octal: Number.parseInt(rest, 8) });
    else actions.push({ op, perms: rest });
  }
  return { who: whoText === '' ? 0o7777 : who, whoGiven: whoText !== '', actions };
}

/** Parses MODE; null when chmod would say `invalid mode`. */
export function parseMode(text: string): ModeSpec | null {
  if (/^[0-7]+$/.test(text)) {
    const bits = Number.parseInt(text, 8);
    return bits > 0o7777 ? null : { kind: 'octal', bits, digits: text.length };
  }
  const clauses: Clause[] = [];
  for (const part of text.split(',')) {
    const clause = parseClause(part);
    if (!clause) return null;
    clauses.push(clause);
  }
  return { kind: 'symbolic', clauses };
}

function actionBits(action: Action, current: number, isDir: boolean): number {
  if (action.octal !== undefined) return action.octal;
  if (action.copy) {
    const shift = { u: 6, g: 3, o: 0 }[action.copy];
    const v = (current >> shift) & 7;
    return v * 0o111;
  }
  let bits = 0;
  for (const ch of action.perms) {
    if (ch === 'X') bits |= isDir || (current & 0o111) !== 0 ? 0o111 : 0;
    else bits |= PERM[ch] ?? 0;
  }
  return bits;
}

/** The new permission bits of a node with `mode` after MODE (umask 022, Debian's default). */
export function applyMode(spec: ModeSpec, mode: number, isDir: boolean, umask = 0o022): number {
  if (spec.kind === 'octal') {
    // Short octal modes leave a directory's setuid/setgid bits alone (coreutils), five digits set them.
    return spec.bits | (isDir && spec.digits < 5 ? mode & 0o6000 : 0);
  }
  let next = mode & 0o7777;
  for (const clause of spec.clauses) {
    const omit = clause.whoGiven ? 0 : umask;
    for (const action of clause.actions) {
      const value = actionBits(action, next, isDir) & clause.who & ~omit;
      if (action.op === '+') next |= value;
      else if (action.op === '-') next &= ~value;
      else next = (next & (~clause.who | omit)) | value;
    }
  }
  return next & 0o7777;
}

/** `rwxr-xr-x` with s/S and t/T, as chmod -v prints a mode. */
export function permString(mode: number): string {
  const triplet = (bits: number, special: boolean, mark: string) =>
    `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${special ? (bits & 1 ? mark : mark.toUpperCase()) : bits & 1 ? 'x' : '-'}`;
  return (
    triplet(mode >> 6, (mode & 0o4000) !== 0, 's') +
    triplet(mode >> 3, (mode & 0o2000) !== 0, 's') +
    triplet(mode, (mode & 0o1000) !== 0, 't')
  );
}
