/**
 * fnmatch(3) as find's `-name` and `-path` use it: unlike bash globbing, `*` matches a leading dot, and
 * for `-path` it also matches `/`.
 */

const CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

function literal(ch: string): string {
  return /[A-Za-z0-9]/.test(ch) ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A `[...]` bracket at `start`, as a regex class and the index after it; null when it is not closed. */
function bracket(pattern: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === ']' && !first) return { re: `[${negate ? '^' : ''}${body}]`, end: i + 1 };
    first = false;
    const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(i));
    if (cls) {
      body += CLASSES[cls[1] as string] ?? '';
      i += cls[0].length;
    } else if (c === '-' && body !== '' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
      body += '-';
      i++;
    } else {
      const ch = c === '\\' && i + 1 < pattern.length ? (pattern[++i] as string) : c;
      body += literal(ch);
      i++;
    }
  }
  return null;
}

/** The regular expression for an fnmatch pattern; `slashes` lets wildcards match `/` (find -path). */
export function fnmatchRegExp(pattern: string, options: { ignoreCase?: boolean } = {}): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === '*') {
      re += '[\\s\\S]*';
      i++;
    } else if (c === '?') {
      re += '[\\s\\S]';
      i++;
    } else if (c === '[' && bracket(pattern, i)) {
      const b = bracket(pattern, i) as { re: string; end: number };
      re += b.re;
      i = b.end;
    } else if (c === '\\' && i + 1 < pattern.length) {
      re += literal(pattern[i + 1] as string);
      i += 2;
    } else {
      re += literal(c);
      i++;
    }
  }
  try {
    return new RegExp(`^${re}$`, options.ignoreCase ? 'i' : '');
  } catch {
    return /(?!)/;
  }
}
