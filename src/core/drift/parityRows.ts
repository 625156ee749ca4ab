import { basename } from '../model/paths';
import type { Server } from '../model/types';
import { IMAGE_PACKAGES } from '../world/image';
import { iniSettings, looksLikeIni } from './ini';
import { getOrAdd } from './memo';
import { fingerprint } from './summary';
import type { DesiredFile, DesiredState } from './types';

/**
 * Which resources the parity matrix has rows for, and how to read their cells. Rows come in groups read
 * together (all package rows, all settings of one file): a group reads a server once, and servers that share
 * the records it reads (peers share their package record and most file nodes) share the readings.
 */

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

export interface RowGroup {
  rows: readonly { resource: string; kind: ParityKind }[];
  /** One reading per row, in row order. */
  read: (server: Server, desired: DesiredState) => readonly ParityReading[];
}

/** A fact about a file node or rendered desired file, computed once per (immutable) object. */
function perFile<T>(compute: (content: string) => T): (file: DesiredFile) => T {
  const cache = new WeakMap<DesiredFile, T>();
  return (file) => getOrAdd(cache, file, () => compute(file.content));
}

const settingsOf = perFile(iniSettings);
const isIni = perFile(looksLikeIni);
const fingerprintOf = perFile((content) => `#${fingerprint(content)}`);

/** Readings cached per pair of (immutable) objects they depend on, for one matrix. */
function pairCache<A extends object, B>(compute: (a: A, b: B) => readonly ParityReading[]) {
  const cache = new WeakMap<A, Map<B, readonly ParityReading[]>>();
  return (a: A, b: B): readonly ParityReading[] =>
    getOrAdd(
      getOrAdd(cache, a, () => new Map()),
      b,
      () => compute(a, b),
    );
}

function packageGroup(names: readonly string[], kind: 'package' | 'app', prefix: string): RowGroup {
  const read = pairCache((packages: Server['packages'], declared: DesiredState['packages']) =>
    names.map((name) => {
      const wanted = declared[name] ?? null;
      return {
        value: packages[name]?.version ?? null,
        desired: wanted,
        wantedAbsent: wanted === null && !Object.hasOwn(IMAGE_PACKAGES, name),
      };
    }),
  );
  return {
    rows: names.map((name) => ({ resource: `${prefix}:${name}`, kind })),
    read: (server, desired) => read(server.packages, desired.packages),
  };
}

const KERNEL_GROUP: RowGroup = {
  rows: [{ resource: 'kernel', kind: 'kernel' }],
  read: (server) => [{ value: server.kernel.running, desired: null, wantedAbsent: false }],
};

function fileOf(server: Server, path: string): DesiredFile | undefined {
  const node = server.fs[path];
  return node?.kind === 'file' ? node : undefined;
}

const ABSENT = {};

/** Every `key = value` setting of one ini-style file, one row per key. */
function settingsGroup(path: string, keys: readonly string[]): RowGroup {
  const read = pairCache((actual: object, wanted: DesiredFile | undefined) => {
    const have = actual === ABSENT ? undefined : settingsOf(actual as DesiredFile);
    const want = wanted ? settingsOf(wanted) : undefined;
    return keys.map((key) => ({
      value: have?.get(key) ?? null,
      desired: want?.get(key) ?? null,
      wantedAbsent: false,
    }));
  });
  const name = basename(path);
  return {
    rows: keys.map((key) => ({ resource: `${name}:${key}`, kind: 'config' })),
    read: (server, desired) => read(fileOf(server, path) ?? ABSENT, desired.files[path]),
  };
}

function fileGroup(path: string): RowGroup {
  const read = pairCache((actual: object, wanted: DesiredFile | undefined) => [
    {
      value: actual === ABSENT ? null : fingerprintOf(actual as DesiredFile),
      desired: wanted ? fingerprintOf(wanted) : null,
      wantedAbsent: false,
    },
  ]);
  return {
    rows: [{ resource: `file:${path}`, kind: 'file' }],
    read: (server, desired) => read(fileOf(server, path) ?? ABSENT, desired.files[path]),
  };
}

/** Installed packages worth a row: any not at the image's version, and image packages that are gone. */
const movedPackages = new WeakMap<Server['packages'], readonly string[]>();

function moved(packages: Server['packages']): readonly string[] {
  return getOrAdd(movedPackages, packages, () => [
    ...Object.keys(packages).filter((name) => IMAGE_PACKAGES[name] !== packages[name]?.version),
    ...Object.keys(IMAGE_PACKAGES).filter((name) => !packages[name]),
  ]);
}

/**
 * The rows worth showing for these servers: declared packages, UNMANAGED ones, image packages that moved
 * away from the image somewhere, the app release, the running kernel, each setting of a managed ini-style
 * file and a content fingerprint of the other managed files.
 */
export function rowGroups(servers: readonly { server: Server; desired: DesiredState }[]): RowGroup[] {
  const packages = new Set<string>();
  const settings = new Map<string, Set<string>>();
  const files = new Set<string>();
  for (const { server, desired } of servers) {
    for (const name of Object.keys(desired.packages)) packages.add(name);
    for (const name of moved(server.packages)) packages.add(name);
    for (const [path, wanted] of Object.entries(desired.files)) {
      if (!isIni(wanted)) {
        files.add(path);
        continue;
      }
      const keys = getOrAdd(settings, path, () => new Set<string>());
      const actual = fileOf(server, path);
      for (const key of settingsOf(wanted).keys()) keys.add(key);
      if (actual) for (const key of settingsOf(actual).keys()) keys.add(key);
    }
  }
  const app = packages.delete(APP_PACKAGE);
  return [
    ...(app ? [packageGroup([APP_PACKAGE], 'app', 'app')] : []),
    ...(servers.length > 0 ? [KERNEL_GROUP] : []),
    packageGroup([...packages].sort(), 'package', 'package'),
    ...[...settings].map(([path, keys]) => settingsGroup(path, [...keys])),
    ...[...files].sort().map(fileGroup),
  ];
}
