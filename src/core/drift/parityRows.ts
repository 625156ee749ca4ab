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

/** A fact about a file node or rendered desired file, computed once per (immutable) object. */
function perFile<T>(compute: (content: string) => T): (file: DesiredFile) => T {
  const cache = new WeakMap<DesiredFile, T>();
  return (file) => {
    if (cache.has(file)) return cache.get(file) as T;
    const value = compute(file.content);
    cache.set(file, value);
    return value;
  };
}

const settingsOf = perFile(iniSettings);
const isIni = perFile(looksLikeIni);
const fingerprintOf = perFile((content) => `#${fingerprint(content)}`);

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
        value: actual ? fingerprintOf(actual) : null,
        desired: wanted ? fingerprintOf(wanted) : null,
        wantedAbsent: false,
      };
    },
  };
}

/** Installed packages worth a row: any not at the image's version, and image packages that are gone. */
const movedPackages = new WeakMap<Server['packages'], readonly string[]>();

function moved(packages: Server['packages']): readonly string[] {
  let names = movedPackages.get(packages);
  if (!names) {
    names = [
      ...Object.keys(packages).filter((name) => IMAGE_PACKAGES[name] !== packages[name]?.version),
      ...Object.keys(IMAGE_PACKAGES).filter((name) => !packages[name]),
    ];
    // Peers share their packages record until someone changes it: one scan per distinct record.
    movedPackages.set(packages, names);
  }
  return names;
}

/**
 * The rows worth showing for these servers: declared packages, UNMANAGED ones, image packages that moved
 * away from the image somewhere, the app release, the running kernel, each setting of a managed ini-style
 * file and a content fingerprint of the other managed files.
 */
export function rowSources(servers: readonly { server: Server; desired: DesiredState }[]): RowSource[] {
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
      let keys = settings.get(path);
      if (!keys) {
        keys = new Set();
        settings.set(path, keys);
      }
      const actual = fileOf(server, path);
      for (const key of settingsOf(wanted).keys()) keys.add(key);
      if (actual) for (const key of settingsOf(actual).keys()) keys.add(key);
    }
  }
  const app = packages.delete(APP_PACKAGE);
  const configs = new Map<string, RowSource>();
  for (const [path, keys] of settings) {
    for (const key of keys) {
      const row = configRow(path, key);
      if (!configs.has(row.resource)) configs.set(row.resource, row);
    }
  }
  return [
    ...(app ? [APP_ROW] : []),
    ...(servers.length > 0 ? [KERNEL_ROW] : []),
    ...[...packages].sort().map(packageRow),
    ...configs.values(),
    ...[...files].sort().map(fileRow),
  ];
}
