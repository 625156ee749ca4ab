import type { ManagedFile, Manifest, Server, World } from '../model/types';
import { renderTemplate } from '../world/provision';
import { getOrAdd } from './memo';
import type { DesiredFile, DesiredState } from './types';

/** The shop's database on the db role (the name `provisionServer` creates). */
export const DATABASE_NAME = 'loja';

type EnvVars = World['envVars'];

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

type Lookup = (name: string) => string | undefined;

/** A trie keyed by the values of a template's variables, one level per variable, the result at the end. */
interface ByValues {
  names: readonly string[];
  root: Map<string | undefined, unknown>;
}

function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
}

/**
 * Looks up (or makes) the entry for the values `lookup` gives. The keys are the variables' own strings, not
 * a joined key, so even a fleet-sized `backends` list costs one map lookup.
 */
function memoByValues<T>(trie: ByValues, lookup: Lookup, make: () => T): T {
  let level = trie.root;
  const { names } = trie;
  for (let i = 0; i < names.length - 1; i++) {
    level = getOrAdd(level, lookup(names[i] ?? ''), () => new Map()) as Map<string | undefined, unknown>;
  }
  const last = names.length === 0 ? undefined : lookup(names[names.length - 1] ?? '');
  return getOrAdd(level, last, make) as T;
}

// Rendered text per template text: a file declared twice (sites-available and sites-enabled) renders once.
const texts = new Map<string, ByValues>();
// Desired files per manifest entry: servers whose variables agree share one object.
const files = new WeakMap<ManagedFile, ByValues>();

function renderText(template: string, lookup: Lookup): string {
  const trie = getOrAdd(texts, template, () => ({ names: placeholders(template), root: new Map() }));
  const { names } = trie;
  return memoByValues(trie, lookup, () => {
    const vars: Record<string, string> = {};
    for (const name of names) {
      const value = lookup(name);
      if (value !== undefined) vars[name] = value;
    }
    return renderTemplate(template, vars);
  });
}

function renderFile(wanted: ManagedFile, lookup: Lookup): DesiredFile {
  const trie = getOrAdd(files, wanted, () => ({ names: placeholders(wanted.content), root: new Map() }));
  return memoByValues(trie, lookup, () => ({
    content: renderText(wanted.content, lookup),
    owner: wanted.owner,
    group: wanted.group,
    mode: wanted.mode,
  }));
}

interface Cached {
  manifest: Manifest | undefined;
  envVars: EnvVars;
  desired: DesiredState;
}

// Servers are immutable: one desired state per server object, valid while the manifest and variables are.
const byServer = new WeakMap<Server, Cached>();

/** The desired state of `server` under `manifest` (an empty declaration when its role has none). */
export function desiredForServer(
  server: Server,
  manifest: Manifest | undefined,
  envVars: EnvVars,
): DesiredState {
  const cached = byServer.get(server);
  if (cached && cached.manifest === manifest && cached.envVars === envVars) return cached.desired;
  // The values `serverVars` gives, read one at a time: only a cache miss needs any of them.
  const env = envVars[server.env];
  const identity: Record<string, string> = {
    hostname: server.hostname,
    env: server.env,
    role: server.role,
    ip: server.ip,
  };
  const lookup: Lookup = (name) => (Object.hasOwn(identity, name) ? identity[name] : env?.[name]);
  const files: Record<string, DesiredFile> = {};
  for (const [path, wanted] of Object.entries(manifest?.files ?? {}))
    files[path] = renderFile(wanted, lookup);
  const desired: DesiredState = {
    host: server.hostname,
    role: server.role,
    packages: manifest?.packages ?? {},
    files,
    services: manifest?.services ?? {},
    database: manifest?.database
      ? { name: DATABASE_NAME, schemaVersion: manifest.database.schemaVersion }
      : null,
    managedDirs: manifest?.managedDirs ?? [],
  };
  byServer.set(server, { manifest, envVars, desired });
  return desired;
}

/** What `host` should look like according to its role's manifest; null for an unknown host. */
export function desiredFor(world: World, host: string): DesiredState | null {
  const server = world.servers[host];
  return server ? desiredForServer(server, world.manifests[server.role], world.envVars) : null;
}
