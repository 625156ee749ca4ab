/**
 * The shop reads /etc/loja/loja.ini with Python's configparser: same accepted syntax, same error words,
 * so a broken edit fails the way it would on a real server.
 */

export type IniResult =
  | { ok: true; sections: Record<string, Record<string, string>> }
  | { ok: false; line: number; errors: string[] };

function pyRepr(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}\\n'`;
}

const parsed = new Map<string, IniResult>();

/** Parses INI text as configparser does (`key = value` or `key: value`, `#`/`;` comments, indented continuations). */
export function parseIni(path: string, content: string): IniResult {
  // Servers of a role share the same text: parse it once. Results are read, never changed.
  const key = `${path}\u0000${content}`;
  let result = parsed.get(key);
  if (!result) {
    result = parse(path, content);
    if (parsed.size > 500) parsed.clear();
    parsed.set(key, result);
  }
  return result;
}

function parse(path: string, content: string): IniResult {
  const sections: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  let lastKey: string | null = null;
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const text = raw.trim();
    const n = i + 1;
    if (text === '' || text.startsWith('#') || text.startsWith(';')) {
      lastKey = text === '' ? null : lastKey;
      continue;
    }
    if (current && lastKey !== null && /^\s/.test(raw)) {
      current[lastKey] = `${current[lastKey] ?? ''}\n${text}`;
      continue;
    }
    const header = /^\[([^\]]+)\]$/.exec(text);
    if (header) {
      const name = header[1] as string;
      if (Object.hasOwn(sections, name)) {
        return {
          ok: false,
          line: n,
          errors: [
            `While reading from '${path}' [line ${String(n).padStart(2)}]: section '${name}' already exists`,
          ],
        };
      }
      current = {};
      sections[name] = current;
      lastKey = null;
      continue;
    }
    const option = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(text);
    if (!current) {
      return {
        ok: false,
        line: n,
        errors: ['File contains no section headers.', `file: '${path}', line: ${n}`, pyRepr(raw)],
      };
    }
    if (!option) {
      return {
        ok: false,
        line: n,
        errors: [
          `Source contains parsing errors: '${path}'`,
          `\t[line ${String(n).padStart(2)}]: ${pyRepr(raw)}`,
        ],
      };
    }
    lastKey = (option[1] as string).toLowerCase();
    current[lastKey] = option[2] as string;
  }
  return { ok: true, sections };
}
