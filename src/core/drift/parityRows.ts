import { basename } from '../model/paths';
import type { Server } from '../model/types';
import { IMAGE_PACKAGES } from '../world/image';
import { iniSettings, looksLikeIni } from './ini';
import { fingerprint } from './summary';
import type { DesiredFile, DesiredState } from './types';

/** Which resources the parity matrix has rows for, and how to read one cell of each. */

export type ParityKind = 'package' | 'app' | 'kernel' | 'config' | 'file';

/** The package whose version is the app release. */
export const APP_PACKAGE = 'loja';

export interface ParityReading {
  value: string | null;
  /** What the desired state says; null when it says nothing (the image baseline, the kernel). */
  desired: string | null;
  /** The desired state wants this absent here: anything present is UNMANAGED. */
  wantedAbsent: boolean;
}

export interface RowSource {
  resource: string;
  kind: ParityKind;
  read: (server: Server, desired: DesiredState) => ParityReading;
}

const parsed = new WeakMap<DesiredFile, Map<string, string>>();
const iniShaped = new WeakMap<DesiredFile, boolean>();

/** Settings of a file node or rendered desired file, parsed once per (immutable) object. */
function settingsOf(file: DesiredFile): Map<string, string> {
  let values = parsed.get(file);
  if (!values) {
    values = iniSettings(file.content);
    parsed.set(file, values);
  }
  return values;
}

function isIni(file: DesiredFile): boolean {
  let ini = iniShaped.get(file);
  if (ini === undefined) {
    ini = looksLikeIni(file.content);
    iniShaped.set(file, ini);
  }
  return ini;
}

function packageRow(name: string): RowSource {
  return {
    resource: `package:${name}`,
    kind: 'package',
    read: (server, desired) => {
      const wanted = desired.packages[name] ?? null;
      return {
        value: server.packages[name]?.version ?? null,
        desired: wanted,
        wantedAbsent: wanted === null && !Object.hasOwn(IMAGE_PACKAGES, name),
      };
    },
  };
}

const APP_ROW: RowSource = { ...packageRow(APP_PACKAGE), resource: `app:${APP_PACKAGE}`, kind: 'app' };

const KERNEL_ROW: RowSource = {
  resource: 'kernel',
  kind: 'kernel',
  read: (server) => ({ value: server.kernel.running, desired: null, wantedAbsent: false }),
};

function fileOf(server: Server, path: string): DesiredFile | undefined {
  const node = server.fs[path];
  return node?.kind === 'file' ? node : undefined;
}

function configRow(path: string, key: string): RowSource {
  return {
    resource: `${basename(path)}:${key}`,
    kind: 'config',
    read: (server, desired) => {
      const wanted = desired.files[path];
      const actual = fileOf(server, path);
      return {
        value: actual ? (settingsOf(actual).get(key) ?? null) : null,
        desired: wanted ? (settingsOf(wanted).get(key) ?? null) : null,
        wantedAbsent: false,
      };
    },
  };
}

function fileRow(path: string): RowSource {
  return {
    resource: `file:${path}`,
    kind: 'file',
    read: (server, desired) => {
      const wanted = desired.files[path];
      const actual = fileOf(server, path);
      return {
        value: actual ? `#${fingerprint(actual.content)}` : null,
        desired: wanted ? `#${fingerprint(wanted.content)}` : null,
        wantedAbsent: false,
      };
    },
  };
}

/**
 * The rows worth showing for these servers: declared packages, UNMANAGED ones, image packages that moved
 * away from the image somewhere, the app release, the running kernel, each setting of a managed ini-style
 * file and a content fingerprint of the other managed files.
 */
export function rowSources(servers: readonly { server: Server; desired: DesiredState }[]): RowSource[] {
  const packages = new Set<string>();
  const configs = new Map<string, RowSource>();
  const files = new Map<string, RowSource>();
  for (const { server, desired } of servers) {
    for (const name of Object.keys(desired.packages)) packages.add(name);
    for (const [name, installed] of Object.entries(server.packages)) {
      if (IMAGE_PACKAGES[name] !== installed.version) packages.add(name);
    }
    for (const name of Object.keys(IMAGE_PACKAGES)) if (!server.packages[name]) packages.add(name);
    for (const [path, wanted] of Object.entries(desired.files)) {
      if (!isIni(wanted)) {
        if (!files.has(path)) files.set(path, fileRow(path));
        continue;
      }
      const actual = fileOf(server, path);
      for (const key of [...settingsOf(wanted).keys(), ...(actual ? settingsOf(actual).keys() : [])]) {
        const row = configRow(path, key);
        if (!configs.has(row.resource)) configs.set(row.resource, row);
      }
    }
  }
  const app = packages.delete(APP_PACKAGE);
  const sorted = <T extends { resource: string }>(rows: Iterable<T>) =>
    [...rows].sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
  return [
    ...(app ? [APP_ROW] : []),
    ...(servers.length > 0 ? [KERNEL_ROW] : []),
    ...sorted([...packages].map(packageRow)),
    ...configs.values(),
    ...sorted(files.values()),
  ];
}
