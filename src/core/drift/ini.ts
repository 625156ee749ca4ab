/**
 * `key = value` settings of ini-style config files (`/etc/loja/loja.ini`, `postgresql.conf`), keyed
 * `section.key` (or `key` before any section), in file order. Comments and blank lines are skipped.
 */
export type IniValues = ReadonlyMap<string, string>;

const SECTION = /^\[([^\]]+)\]$/;
const SETTING = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/;

export function iniSettings(content: string): Map<string, string> {
  const values = new Map<string, string>();
  let section = '';
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = SECTION.exec(line);
    if (header) {
      section = `${header[1]}.`;
      continue;
    }
    const setting = SETTING.exec(line);
    if (setting) values.set(`${section}${setting[1]}`, (setting[2] ?? '').trim());
  }
  return values;
}

/** True when every meaningful line is a section header or a `key = value` setting (nginx.conf is not). */
export function looksLikeIni(content: string): boolean {
  let settings = 0;
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';') || SECTION.test(line)) continue;
    if (!SETTING.test(line)) return false;
    settings++;
  }
  return settings > 0;
}
