/**
 * bash's history expansion for the forms people actually type: `!!` (last command), `!N`, `!-N` and
 * `!prefix`. Text inside single quotes is left alone. Returns the expanded line and whether anything changed
 * (bash then echoes the expanded line), or bash's error.
 */
export function expandHistory(
  line: string,
  history: readonly string[],
): { ok: true; line: string; changed: boolean } | { ok: false; error: string } {
  let out = '';
  let changed = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === "'") quoted = !quoted;
    if (ch !== '!' || quoted || i + 1 >= line.length) {
      out += ch;
      continue;
    }
    const rest = line.slice(i + 1);
    const match = /^(!|-?\d+|[A-Za-z][\w.-]*)/.exec(rest);
    if (!match || /^[\s=(]/.test(rest)) {
      out += ch;
      continue;
    }
    const designator = match[1] as string;
    let found: string | undefined;
    if (designator === '!') found = history[history.length - 1];
    else if (/^-?\d+$/.test(designator)) {
      const n = Number(designator);
      found = n < 0 ? history[history.length + n] : history[n - 1];
    } else found = [...history].reverse().find((h) => h.startsWith(designator));
    if (found === undefined) return { ok: false, error: `bash: !${designator}: event not found\n` };
    out += found;
    changed = true;
    i += designator.length;
  }
  return { ok: true, line: out, changed };
}
