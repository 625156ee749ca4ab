/**
 * What apt reads from /etc/apt/sources.list and /etc/apt/sources.list.d: one-line `.list` files and deb822
 * `.sources` files. Entries that name a repository of the lab become enabled sources on `apt update`; the
 * rest are reported the way apt reports them (unresolvable host, no Release file, missing component).
 */
import { childNames, type Server } from '../../../core';
import { ALL_SOURCES, SOURCES, type SourceId } from '../../../core/packages';

export interface SourceEntry {
  uri: string;
  suite: string;
  components: string[];
  file: string;
}

export interface SourcesRead {
  entries: SourceEntry[];
  /** Fatal parse errors (`E: Malformed entry …`), after which apt stops. */
  errors: string[];
  /** Notices about ignored files. */
  notices: string[];
}

const LIST = '/etc/apt/sources.list';
const LIST_D = '/etc/apt/sources.list.d';

function parseListFile(file: string, content: string, out: SourcesRead): void {
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const words = line.replace(/\[[^\]]*\]/, ' ').split(/\s+/);
    const [type, uri, suite, ...components] = words;
    if (type !== 'deb' && type !== 'deb-src') {
      out.errors.push(`E: Type '${type}' is not known on line ${i + 1} in source list ${file}`);
      return;
    }
    const missing =
      line.includes('[') && !line.includes(']')
        ? 'option'
        : uri === undefined
          ? 'URI'
          : suite === undefined
            ? 'Suite'
            : components.length === 0 && !suite.endsWith('/')
              ? 'Component'
              : undefined;
    if (missing !== undefined) {
      out.errors.push(`E: Malformed entry ${i + 1} in list file ${file} (${missing})`);
      return;
    }
    if (uri === undefined || suite === undefined) return;
    if (type === 'deb') out.entries.push({ uri, suite, components, file });
  });
}

function parseDeb822(file: string, content: string, out: SourcesRead): void {
  for (const stanza of content.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of stanza.split('\n')) {
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line.replace(/#.*/, ''));
      if (m?.[1] && m[2] !== undefined) fields.set(m[1].toLowerCase(), m[2].trim());
    }
    if (fields.size === 0 || fields.get('enabled') === 'no') continue;
    if (!(fields.get('types') ?? '').split(/\s+/).includes('deb')) continue;
    const uris = (fields.get('uris') ?? '').split(/\s+/).filter(Boolean);
    const suites = (fields.get('suites') ?? '').split(/\s+/).filter(Boolean);
    const components = (fields.get('components') ?? '').split(/\s+/).filter(Boolean);
    for (const uri of uris) for (const suite of suites) out.entries.push({ uri, suite, components, file });
  }
}

/** Reads every sources file on the server, in apt's order (sources.list, then sources.list.d by name). */
export function readSources(server: Server): SourcesRead {
  const out: SourcesRead = { entries: [], errors: [], notices: [] };
  const main = server.fs[LIST];
  if (main?.kind === 'file') parseListFile(LIST, main.content, out);
  for (const name of childNames(Object.keys(server.fs), LIST_D).sort()) {
    const path = `${LIST_D}/${name}`;
    const node = server.fs[path];
    if (node?.kind !== 'file') continue;
    if (name.endsWith('.list')) parseListFile(path, node.content, out);
    else if (name.endsWith('.sources')) parseDeb822(path, node.content, out);
    else
      out.notices.push(
        `N: Ignoring file '${name}' in directory '${LIST_D}/' as it has an invalid filename extension`,
      );
  }
  return out;
}

function sameUri(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return norm(a) === norm(b);
}

export type EntryMatch =
  | { kind: 'source'; id: SourceId }
  /** The host answers but has no such suite. */
  | { kind: 'no-release' }
  /** The suite exists but not this component. */
  | { kind: 'no-component'; component: string; id: SourceId }
  | { kind: 'unresolvable'; host: string };

export function matchEntry(entry: SourceEntry): EntryMatch {
  const sameHost = ALL_SOURCES.filter((id) => sameUri(SOURCES[id].uri, entry.uri));
  if (sameHost.length === 0) {
    const host = entry.uri.replace(/^[a-z+]+:\/\//, '').split(/[/:]/)[0] ?? entry.uri;
    return { kind: 'unresolvable', host };
  }
  const bySuite = sameHost.filter((id) => SOURCES[id].suite === entry.suite);
  const first = bySuite[0];
  if (first === undefined) return { kind: 'no-release' };
  const id = bySuite.find((s) => entry.components.includes(SOURCES[s].component));
  if (id !== undefined) return { kind: 'source', id };
  return { kind: 'no-component', component: entry.components[0] ?? '', id: first };
}

/** Sources every server of the lab gets from its image (its sources.list is not modelled as a file). */
function fromImage(id: string): boolean {
  return id === 'loja' || (SOURCES[id as SourceId]?.defaultEnabled ?? false);
}

/** The enabled sources after reading the files: the image's own, then each one a file names. */
export function enabledSources(server: Server, read: SourcesRead): string[] {
  const out = server.apt.sources.filter(fromImage);
  for (const entry of read.entries) {
    const m = matchEntry(entry);
    if (m.kind === 'source' && !out.includes(m.id)) out.push(m.id);
  }
  return out;
}
