/**
 * gnulib's shell-escape quoting, the style coreutils uses for file names on a terminal (`ls`) and in error
 * messages (`rm: cannot remove 'my file'`): names a shell would misread are quoted, and control characters
 * become `$'\033'` escapes, so a name can never drive the terminal.
 */

// Characters a shell treats specially anywhere in a word; `#` and `~` only at its start.
const SPECIAL = new Set([...' !"$&\'()*;<=>?[\\^`|']);
const C_ESCAPES: Readonly<Record<string, string>> = {
  '\u0007': 'a',
  '\b': 'b',
  '\f': 'f',
  '\n': 'n',
  '\r': 'r',
  '\t': 't',
  '\v': 'v',
};

function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 32 || (code >= 127 && code < 160);
}

function needsQuotes(name: string): boolean {
  if (name === '' || name.startsWith('#') || name.startsWith('~')) return true;
  for (const ch of name) if (SPECIAL.has(ch) || isControl(ch)) return true;
  return false;
}

function escapeControl(ch: string): string {
  const code = ch.charCodeAt(0);
  if (C_ESCAPES[ch]) return `\\${C_ESCAPES[ch]}`;
  // Above U+00FF the UTF-8 bytes would be escaped one by one; C1 controls are the only case here.
  const bytes = code < 128 ? [code] : [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  return bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
}

/**
 * `name` as coreutils shows it: bare when safe, else `'my file'`, `"it's"`, `'a'$'\033''b'`. With `always`,
 * safe names are quoted too (`'nope'`), as in `ls: cannot access 'nope'`.
 */
export function quoteName(name: string, always = false): string {
  if (!needsQuotes(name)) return always ? `'${name}'` : name;
  const chars = [...name];
  if (!chars.some(isControl) && name.includes("'") && !/["$`\\!]/.test(name)) return `"${name}"`;
  let out = "'";
  let quoted = true;
  let escapes = '';
  for (const ch of chars) {
    if (isControl(ch)) {
      if (quoted) out += "'";
      quoted = false;
      escapes += escapeControl(ch);
      continue;
    }
    if (escapes) out += `$'${escapes}'`;
    escapes = '';
    if (!quoted) out += "'";
    quoted = true;
    out += ch === "'" ? "'\\''" : ch;
  }
  if (escapes) out += `$'${escapes}'`;
  return quoted ? `${out}'` : out;
}

/** gnulib quote(): curly quotes of a UTF-8 locale, as in `mkdir: cannot create directory ‘/x’`. */
export function quoteCurly(name: string): string {
  let out = '';
  for (const ch of name) out += ch === '\\' ? '\\\\' : isControl(ch) ? escapeControl(ch) : ch;
  return `‘${out}’`;
}
