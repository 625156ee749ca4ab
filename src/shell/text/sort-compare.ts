// Key definitions and the comparison function of GNU sort: field/character positions (begfield /
// limfield in sort.c), per-key ordering options that override the global ones, numeric, general
// numeric and human-numeric comparisons, and the byte-order last resort. In C.UTF-8 the collation
// is plain code point order, and -f folds ASCII letters only (sort works on bytes).

export interface Ordering {
  numeric: boolean;
  general: boolean;
  human: boolean;
  fold: boolean;
  dictionary: boolean;
  reverse: boolean;
  skipStartBlanks: boolean;
  skipEndBlanks: boolean;
}

export interface KeyDef extends Ordering {
  /** 0-based start field and character; end field 0-based, end char 1-based (0 = end of field). */
  sword: number;
  schar: number;
  eword: number;
  echar: number;
}

export function emptyOrdering(): Ordering {
  return {
    numeric: false,
    general: false,
    human: false,
    fold: false,
    dictionary: false,
    reverse: false,
    skipStartBlanks: false,
    skipEndBlanks: false,
  };
}

/** Applies ordering letters (`-n`, or the `nr` in `-k2,2nr`); returns false on an unknown letter. */
export function applyOrdering(o: Ordering, letters: string, end: boolean): boolean {
  for (const l of letters) {
    if (l === 'b') {
      if (end) o.skipEndBlanks = true;
      else o.skipStartBlanks = true;
    } else if (l === 'n') o.numeric = true;
    else if (l === 'g') o.general = true;
    else if (l === 'h') o.human = true;
    else if (l === 'f') o.fold = true;
    else if (l === 'd') o.dictionary = true;
    else if (l === 'r') o.reverse = true;
    else return false;
  }
  return true;
}

const INF = Number.MAX_SAFE_INTEGER;

/** Parses a KEYDEF; returns the GNU diagnostic text on error. */
export function parseKey(spec: string): KeyDef | string {
  const key: KeyDef = { ...emptyOrdering(), sword: 0, schar: 0, eword: INF, echar: 0 };
  const bad = (why: string) => `${why}: invalid field specification ‘${spec}’`;
  let m = /^\d+/.exec(spec);
  if (!m) return `invalid number at field start: invalid count at start of ‘${spec}’`;
  let rest = spec.slice(m[0].length);
  key.sword = Number(m[0]) - 1;
  if (key.sword < 0) return bad('field number is zero');
  if (rest.startsWith('.')) {
    m = /^\d+/.exec(rest.slice(1));
    if (!m) return `invalid number after ‘.’: invalid count at start of ‘${rest.slice(1)}’`;
    key.schar = Number(m[0]) - 1;
    if (key.schar < 0) return bad('character offset is zero');
    rest = rest.slice(1 + m[0].length);
  }
  m = /^[a-zA-Z]*/.exec(rest) as RegExpExecArray;
  if (!applyOrdering(key, m[0], false)) return bad('stray character in field spec');
  rest = rest.slice(m[0].length);
  if (rest.startsWith(',')) {
    m = /^\d+/.exec(rest.slice(1));
    if (!m) return `invalid number after ‘,’: invalid count at start of ‘${rest.slice(1)}’`;
    key.eword = Number(m[0]) - 1;
    if (key.eword < 0) return bad('field number is zero');
    rest = rest.slice(1 + m[0].length);
    if (rest.startsWith('.')) {
      m = /^\d+/.exec(rest.slice(1));
      if (!m) return `invalid number after ‘.’: invalid count at start of ‘${rest.slice(1)}’`;
      key.echar = Number(m[0]);
      rest = rest.slice(1 + m[0].length);
    }
    m = /^[a-zA-Z]*/.exec(rest) as RegExpExecArray;
    if (!applyOrdering(key, m[0], true)) return bad('stray character in field spec');
    rest = rest.slice(m[0].length);
  }
  if (rest !== '') return bad('stray character in field spec');
  return key;
}

export function hasOrdering(o: Ordering): boolean {
  return (
    o.numeric ||
    o.general ||
    o.human ||
    o.fold ||
    o.dictionary ||
    o.reverse ||
    o.skipStartBlanks ||
    o.skipEndBlanks
  );
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Start offset of a key in `line` (GNU begfield). `tab` null means blank-separated fields. */
function begfield(line: string, k: KeyDef, tab: string | null): number {
  let p = 0;
  const lim = line.length;
  for (let w = k.sword; p < lim && w > 0; w--) {
    if (tab !== null) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim) p++;
    } else {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  if (k.skipStartBlanks) while (p < lim && isBlank(line[p])) p++;
  return Math.min(lim, p + k.schar);
}

/** End offset of a key in `line` (GNU limfield). */
function limfield(line: string, k: KeyDef, tab: string | null): number {
  let eword = k.eword;
  const echar = k.echar;
  if (eword === INF) return line.length;
  if (echar === 0) eword++;
  let p = 0;
  const lim = line.length;
  while (p < lim && eword-- > 0) {
    if (tab !== null) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim && (eword > 0 || echar > 0)) p++;
    } else {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  if (echar !== 0) {
    if (k.skipEndBlanks) while (p < lim && isBlank(line[p])) p++;
    p = Math.min(lim, p + echar);
  }
  return p;
}

/** Code point (= UTF-8 byte) order, which is what C.UTF-8 collation amounts to. */
export function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) {
      return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
    }
    return x - y;
  }
  return a.length - b.length;
}

/** GNU numcompare: leading blanks, optional '-', digits, optional fraction; anything else is 0. */
function numericParts(s: string): { neg: boolean; int: string; frac: string } {
  const m = /^[ \t]*(-?)(\d*)(?:\.(\d*))?/.exec(s) as RegExpExecArray;
  const int = (m[2] as string).replace(/^0+/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return { neg: m[1] === '-' && (int !== '' || frac !== ''), int, frac };
}

function compareNumeric(a: string, b: string): number {
  const x = numericParts(a);
  const y = numericParts(b);
  if (x.neg !== y.neg) return x.neg ? -1 : 1;
  let mag = x.int.length - y.int.length || (x.int < y.int ? -1 : x.int > y.int ? 1 : 0);
  if (mag === 0) mag = x.frac < y.frac ? -1 : x.frac > y.frac ? 1 : 0;
  return x.neg ? -mag : mag;
}

function compareGeneral(a: string, b: string): number {
  const parse = (s: string) => {
    // strtold also reads hexadecimal numbers.
    const hex = /^\s*([+-]?)0x([0-9a-f]+)/i.exec(s);
    if (hex) return (hex[1] === '-' ? -1 : 1) * Number.parseInt(hex[2] as string, 16);
    const m = /^\s*[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/i.exec(s);
    return m ? Number(m[0].trim().replace(/^([+-]?)inf(inity)?$/i, '$1Infinity')) : null;
  };
  const x = parse(a);
  const y = parse(b);
  if (x === null) return y === null ? 0 : -1;
  if (y === null) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareHuman(a: string, b: string): number {
  const order = (s: string) => {
    const m = /^[ \t]*-?\d*(?:\.\d*)?([KMGTPEZYRQk])?/.exec(s);
    const idx = m?.[1] ? 'kKMGTPEZYRQ'.indexOf(m[1]) : -1;
    const rank = idx <= 0 ? (idx === 0 ? 1 : 0) : idx;
    return (numericParts(s).neg ? -1 : 1) * rank;
  };
  return order(a) - order(b) || compareNumeric(a, b);
}

function translated(s: string, o: Ordering): string {
  let t = o.dictionary ? s.replace(/[^ \tA-Za-z0-9]/g, '') : s;
  if (o.fold) t = t.replace(/[a-z]/g, (c) => c.toUpperCase());
  return t;
}

export interface SortConfig {
  keys: KeyDef[];
  tab: string | null;
  /** Global -r, which also reverses the last-resort comparison. */
  reverse: boolean;
  /** -s or -u: no last-resort comparison. */
  noLastResort: boolean;
}

/** Key comparison only (what -u and -s use); without keys the whole line is the key. */
export function keysCompare(a: string, b: string, cfg: SortConfig): number {
  if (cfg.keys.length === 0) return compareBytes(a, b);
  for (const k of cfg.keys) {
    const ta = a.slice(begfield(a, k, cfg.tab), Math.max(begfield(a, k, cfg.tab), limfield(a, k, cfg.tab)));
    const tb = b.slice(begfield(b, k, cfg.tab), Math.max(begfield(b, k, cfg.tab), limfield(b, k, cfg.tab)));
    let d: number;
    if (k.numeric) d = compareNumeric(ta, tb);
    else if (k.general) d = compareGeneral(ta, tb);
    else if (k.human) d = compareHuman(ta, tb);
    else if (k.fold || k.dictionary) d = compareBytes(translated(ta, k), translated(tb, k));
    else d = compareBytes(ta, tb);
    if (d !== 0) return k.reverse ? -d : d;
  }
  return 0;
}

export function compareLines(a: string, b: string, cfg: SortConfig): number {
  const d = cfg.keys.length === 0 ? 0 : keysCompare(a, b, cfg);
  if (d !== 0 || (cfg.noLastResort && cfg.keys.length > 0)) return d;
  const last = compareBytes(a, b);
  return cfg.reverse ? -last : last;
}
