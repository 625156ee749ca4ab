import type { ManagedFile, Manifest, Server, World } from '../model/types';
import { renderTemplate, serverVars } from '../world/provision';
import type { DesiredFile, DesiredState } from './types';

/** The shop's database on the db role (the name `provisionServer` creates). */
export const DATABASE_NAME = 'loja';

type EnvVars = World['envVars'];

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

type Lookup = (name: string) => string | undefined;

interface Rendering {
  names: readonly string[];
  /** One level per variable the template uses, keyed by its value; the last level holds the rendering. */
  tree: Map<string | undefined, unknown>;
}

/**
 * Renderings per template, keyed by the values of the variables it uses: a file without host-specific
 * placeholders is rendered once for the whole fleet, and identical renderings are one shared object. The
 * keys are the variables' own strings (no joined key), so even a fleet-sized `backends` list costs nothing.
 */
const renderings = new WeakMap<ManagedFile, Rendering>();

function renderingOf(wanted: ManagedFile): Rendering {
  let rendering = renderings.get(wanted);
  if (!rendering) {
    const names = [...new Set(Array.from(wanted.content.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
    rendering = { names, tree: new Map() };
    renderings.set(wanted, rendering);
  }
  return rendering;
}

function renderFile(wanted: ManagedFile, lookup: Lookup, vars: () => Record<string, string>): DesiredFile {
  const { names, tree } = renderingOf(wanted);
  let level = tree;
  for (let i = 0; i < names.length - 1; i++) {
    const value = lookup(names[i] ?? '');
    let next = level.get(value) as Map<string | undefined, unknown> | undefined;
    if (!next) {
      next = new Map();
      level.set(value, next);
    }
    level = next;
  }
  const last = names.length === 0 ? undefined : lookup(names[names.length - 1] ?? '');
  let rendered = level.get(last) as DesiredFile | undefined;
  if (!rendered) {
    rendered = {
      content: renderTemplate(wanted.content, vars()),
      owner: wanted.owner,
      group: wanted.group,
      mode: wanted.mode,
    };
    level.set(last, rendered);
  }
  return rendered;
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
  // The same values `serverVars` gives, read one at a time: building the whole object per server is
  // needless when the rendering is already cached.
  const env = envVars[server.env];
  const identity: Record<string, string> = {
    hostname: server.hostname,
    env: server.env,
    role: server.role,
    ip: server.ip,
  };
  const lookup: Lookup = (name) => (Object.hasOwn(identity, name) ? identity[name] : env?.[name]);
  const vars = () => serverVars(server, envVars);
  const files: Record<string, DesiredFile> = {};
  for (const [path, wanted] of Object.entries(manifest?.files ?? {}))
    files[path] = renderFile(wanted, lookup, vars);
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
