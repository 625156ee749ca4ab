/**
 * Glob pattern syntax shared with the executor. A pattern is what `ExpandedField.pattern` holds:
 * `*`, `?` and `[...]` are wildcards (`[!a]`/`[^a]` negate, `[[:alpha:]]` classes work),
 * and a backslash makes the next character literal (quoted text is escaped this way).
 * Wildcards never match `/`, nor a leading `.` in a path component (bash without dotglob).
 */

export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

/** Removes glob escapes: the literal name a pattern stands for when nothing matches. */
export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\([\s\S])/g, '$1');
}

/** True if the pattern has an unescaped wildcard (use it to decide which path parts to list). */
export function hasGlobMagic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && parseBracket(pattern, i)) return true;
  }
  return false;
}

/** Whether `path` (a name or a `/`-separated path) matches `pattern` entirely. */
export function matchGlob(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let componentStart = true;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    const literalDot = c === '.' || (c === '\\' && pattern[i + 1] === '.');
    if (componentStart && !literalDot) re += '(?!\\.)';
    componentStart = false;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1] as string;
      re += next === '/' ? '/' : lit(next);
      componentStart = next === '/';
      i += 2;
    } else if (c === '*') {
      re += '[^/]*';
      while (pattern[i] === '*') i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '[' && parseBracket(pattern, i)) {
      const b = parseBracket(pattern, i) as { re: string; end: number };
      re += b.re;
      i = b.end;
    } else {
      re += c === '/' ? '/' : lit(c);
      componentStart = c === '/';
      i++;
    }
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return /(?!)/; // unreachable by construction; a pattern must never crash the shell
  }
}

/** Every char becomes a \uXXXX escape: always valid in and out of classes, whatever the input. */
function lit(ch: string): string {
  if (/[A-Za-z0-9]/.test(ch)) return ch;
  return ch.replace(/[\s\S]/g, (u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\u0000-\\u001f\\u007f',
  print: ' -~',
  graph: '!-~',
};

/** Parses `[...]` at `start`; null if it is not a complete bracket expression (then `[` is literal). */
function parseBracket(p: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  const negate = p[i] === '!' || p[i] === '^';
  if (negate) i++;
  let members = '';
  let first = true;
  while (i < p.length) {
    if (p[i] === ']' && !first) return { re: negate ? `[^${members}/]` : `[${members}]`, end: i + 1 };
    first = false;
    if (p.startsWith('[:', i)) {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) {
        const name = p.slice(i + 2, close);
        members += Object.hasOwn(CLASSES, name) ? CLASSES[name] : '';
        i = close + 2;
        continue;
      }
    }
    const a = readMember(p, i);
    if (!a) return null;
    if (p[a.end] === '-' && a.end + 1 < p.length && p[a.end + 1] !== ']') {
      const b = readMember(p, a.end + 1);
      if (!b) return null;
      // An inverted range (`[z-a]`) matches nothing, as in bash; RegExp would throw on it.
      if (a.ch <= b.ch) members += `${lit(a.ch)}-${lit(b.ch)}`;
      i = b.end;
    } else {
      members += lit(a.ch);
      i = a.end;
    }
  }
  return null;
}

function readMember(p: string, i: number): { ch: string; end: number } | null {
  if (p[i] === '\\' && i + 1 < p.length) return { ch: p[i + 1] as string, end: i + 2 };
  return i < p.length ? { ch: p[i] as string, end: i + 1 } : null;
}
