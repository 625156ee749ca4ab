import { matchGlob } from '../../parser';

/** An Ansible INI inventory: groups of hosts, and groups of groups (`[prod:children]`). */
export interface Inventory {
  groups: Record<string, string[]>;
  children: Record<string, string[]>;
}

export function parseInventory(text: string): Inventory {
  const groups: Record<string, string[]> = { ungrouped: [] };
  const children: Record<string, string[]> = {};
  let section = 'ungrouped';
  let isChildren = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (!line) continue;
    const header = /^\[([^\]:]+)(:children|:vars)?\]$/.exec(line);
    if (header) {
      section = header[1] as string;
      isChildren = header[2] === ':children';
      if (header[2] === ':vars') section = '';
      else if (isChildren) children[section] ??= [];
      else groups[section] ??= [];
      continue;
    }
    if (!section) continue;
    const name = line.split(/\s+/)[0] as string;
    if (isChildren) children[section]?.push(name);
    else groups[section]?.push(name);
  }
  return { groups, children };
}

/** Every host of a group, following `:children` (cycles are cut). */
export function hostsOf(inventory: Inventory, group: string, seen = new Set<string>()): string[] {
  if (seen.has(group)) return [];
  seen.add(group);
  const direct = inventory.groups[group] ?? [];
  const nested = (inventory.children[group] ?? []).flatMap((g) => hostsOf(inventory, g, seen));
  return [...new Set([...direct, ...nested])];
}

export function allHosts(inventory: Inventory): string[] {
  return [...new Set(Object.values(inventory.groups).flat())];
}

function resolveTerm(inventory: Inventory, term: string): string[] | null {
  if (term === 'all' || term === '*') return allHosts(inventory);
  if (inventory.groups[term] || inventory.children[term]) return hostsOf(inventory, term);
  const all = allHosts(inventory);
  if (all.includes(term)) return [term];
  if (/[*?[]/.test(term)) {
    const groups = [...Object.keys(inventory.groups), ...Object.keys(inventory.children)].filter((g) =>
      matchGlob(term, g),
    );
    return [
      ...new Set([...all.filter((h) => matchGlob(term, h)), ...groups.flatMap((g) => hostsOf(inventory, g))]),
    ];
  }
  return null;
}

/**
 * Ansible host patterns: `web`, `web-01`, `web:db` (union), `web:!web-02` (exclusion), `prod:&web`
 * (intersection), globs. Returns the hosts in inventory order and the terms that matched nothing.
 */
export function matchPattern(
  inventory: Inventory,
  pattern: string,
): { hosts: string[]; unmatched: string[] } {
  const unmatched: string[] = [];
  let selected = new Set<string>();
  const terms = pattern.split(/[:,]/).filter(Boolean);
  terms.forEach((raw, index) => {
    const op = raw.startsWith('!') ? '!' : raw.startsWith('&') ? '&' : '+';
    const term = op === '+' ? raw : raw.slice(1);
    const hosts = resolveTerm(inventory, term);
    if (!hosts) {
      unmatched.push(term);
      return;
    }
    if (op === '!') selected = new Set([...selected].filter((h) => !hosts.includes(h)));
    else if (op === '&' && index > 0) selected = new Set([...selected].filter((h) => hosts.includes(h)));
    else for (const h of hosts) selected.add(h);
  });
  const order = allHosts(inventory);
  return { hosts: order.filter((h) => selected.has(h)), unmatched };
}
