import type { FileNode, Server } from '../model/types';
import { IMAGE_PACKAGES, IMAGE_SERVICES } from '../world/image';
import { getOrAdd } from './memo';
import { contentPatch } from './patch';
import {
  contentSummary,
  enabledWord,
  fileSummary,
  modeString,
  runState,
  schemaSummary,
  serviceSummary,
} from './summary';
import type { DesiredFile, DesiredState, DriftItem, PropertyDiff } from './types';

/** Drift rules per kind of resource. Each returns the declared resources first, then the UNMANAGED ones. */

const IMAGE_UNITS = new Set(IMAGE_SERVICES);

const byResource = (a: DriftItem, b: DriftItem) =>
  a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0;

/**
 * Peers built from one image share their `packages` and `services` records until someone changes them, so
 * those results are cached per record and declaration: a thousand identical web servers compute them once.
 */
function cached<K extends object, D extends readonly object[]>(
  compute: (key: K, ...declared: D) => DriftItem[],
) {
  const cache = new WeakMap<K, { declared: D; items: DriftItem[] }>();
  return (key: K, ...declared: D): DriftItem[] => {
    const hit = cache.get(key);
    if (hit?.declared.every((d, i) => d === declared[i])) return hit.items;
    const items = compute(key, ...declared);
    cache.set(key, { declared, items });
    return items;
  };
}

const packageItems = cached(comparePackages);

export function packageDrift(server: Server, desired: DesiredState): DriftItem[] {
  return packageItems(server.packages, desired.packages);
}

function comparePackages(packages: Server['packages'], declared: DesiredState['packages']): DriftItem[] {
  const items: DriftItem[] = [];
  for (const [name, version] of Object.entries(declared)) {
    const resource = `package:${name}`;
    const installed = packages[name];
    if (!installed)
      items.push({ resource, kind: 'package', status: 'MISSING', expected: version, actual: null });
    else {
      // A package whose postinst failed is installed at that version but not configured: not as declared.
      const status = installed.status ?? 'installed';
      const properties = [
        ...attribute('version', version, installed.version),
        ...attribute('status', 'installed', status),
      ];
      const actual = status === 'installed' ? installed.version : `${installed.version} (${status})`;
      items.push(
        properties.length === 0
          ? { resource, kind: 'package', status: 'IN_SYNC', expected: version, actual }
          : { resource, kind: 'package', status: 'MODIFIED', expected: version, actual, properties },
      );
    }
  }
  const unmanaged: DriftItem[] = [];
  for (const [name, installed] of Object.entries(packages)) {
    if (Object.hasOwn(IMAGE_PACKAGES, name) || Object.hasOwn(declared, name)) continue;
    unmanaged.push({
      resource: `package:${name}`,
      kind: 'package',
      status: 'UNMANAGED',
      expected: null,
      actual: installed.version,
    });
  }
  return [...items.sort(byResource), ...unmanaged.sort(byResource)];
}

// Diffing a file, or comparing a large one, is the costly part of drift: nodes and renderings are
// immutable, so those results are kept per (node, rendering, path) and reused until the file changes.
const fileItems = new WeakMap<FileNode, { wanted: DesiredFile; path: string; item: DriftItem }>();

/** Below this size an equal file is cheaper to compare again than to look up. */
const COMPARE_AGAIN_BELOW = 4096;

function attribute(name: string, expected: string, actual: string): PropertyDiff[] {
  return expected === actual ? [] : [{ name, expected, actual }];
}

function compareFile(path: string, wanted: DesiredFile, node: FileNode): DriftItem {
  const resource = `file:${path}`;
  const sameContent = node.content === wanted.content;
  const properties: PropertyDiff[] = [
    ...(sameContent
      ? []
      : [
          { name: 'content', expected: contentSummary(wanted.content), actual: contentSummary(node.content) },
        ]),
    ...attribute('owner', wanted.owner, node.owner),
    ...attribute('group', wanted.group, node.group),
    ...attribute('mode', modeString(wanted.mode), modeString(node.mode)),
  ];
  const expected = fileSummary(wanted);
  if (properties.length === 0)
    return { resource, kind: 'file', status: 'IN_SYNC', expected, actual: expected };
  const item: DriftItem = {
    resource,
    kind: 'file',
    status: 'MODIFIED',
    expected,
    actual: fileSummary(node),
    properties,
  };
  return sameContent
    ? item
    : { ...item, ...contentPatch(path, wanted.content, node.content, 'desired', 'actual') };
}

function fileItem(path: string, wanted: DesiredFile, node: FileNode): DriftItem {
  if (
    node.content.length < COMPARE_AGAIN_BELOW &&
    node.content === wanted.content &&
    node.owner === wanted.owner &&
    node.group === wanted.group &&
    node.mode === wanted.mode
  ) {
    const summary = fileSummary(wanted);
    return { resource: `file:${path}`, kind: 'file', status: 'IN_SYNC', expected: summary, actual: summary };
  }
  const cached = fileItems.get(node);
  if (cached && cached.wanted === wanted && cached.path === path) return cached.item;
  const item = compareFile(path, wanted, node);
  fileItems.set(node, { wanted, path, item });
  return item;
}

/** The longest common leading directory of `dirs` (`/etc/` for the fleet's manifests), computed once per list. */
const commonPrefixes = new WeakMap<readonly string[], string>();

function commonPrefix(dirs: readonly string[]): string {
  return getOrAdd(commonPrefixes, dirs, () => {
    const common = dirs.reduce(
      (prefix, dir) => {
        let i = 0;
        while (i < prefix.length && prefix[i] === `${dir}/`[i]) i++;
        return prefix.slice(0, i);
      },
      `${dirs[0] ?? ''}/`,
    );
    return common.slice(0, common.lastIndexOf('/') + 1);
  });
}

/**
 * Files directly inside a managed directory that the manifest does not list. This looks at every path of
 * the server, so it skips paths outside the directories' common prefix before comparing anything else.
 */
function unmanagedFiles(fs: Server['fs'], desired: DesiredState): DriftItem[] {
  const dirs = desired.managedDirs;
  if (dirs.length === 0) return [];
  const prefix = commonPrefix(dirs);
  const items: DriftItem[] = [];
  for (const path of Object.keys(fs)) {
    if (!path.startsWith(prefix)) continue;
    const slash = path.lastIndexOf('/');
    if (!dirs.some((dir) => dir.length === slash && path.startsWith(dir))) continue;
    const node = fs[path];
    if (node?.kind !== 'file' || Object.hasOwn(desired.files, path)) continue;
    items.push({
      resource: `file:${path}`,
      kind: 'file',
      status: 'UNMANAGED',
      expected: null,
      actual: fileSummary(node),
    });
  }
  return items.sort(byResource);
}

export function fileDrift(server: Server, desired: DesiredState): DriftItem[] {
  const items: DriftItem[] = [];
  for (const [path, wanted] of Object.entries(desired.files)) {
    const node = server.fs[path];
    const resource = `file:${path}`;
    if (!node)
      items.push({ resource, kind: 'file', status: 'MISSING', expected: fileSummary(wanted), actual: null });
    else if (node.kind === 'dir')
      items.push({
        resource,
        kind: 'file',
        status: 'MODIFIED',
        expected: fileSummary(wanted),
        actual: 'directory',
        properties: [{ name: 'type', expected: 'file', actual: 'directory' }],
      });
    else items.push(fileItem(path, wanted, node));
  }
  return [...items.sort(byResource), ...unmanagedFiles(server.fs, desired)];
}

const serviceItems = cached(compareServices);

export function serviceDrift(server: Server, desired: DesiredState): DriftItem[] {
  return serviceItems(server.services, desired.services, desired.packages);
}

function compareServices(
  services: Server['services'],
  declared: DesiredState['services'],
  declaredPackages: DesiredState['packages'],
): DriftItem[] {
  const items: DriftItem[] = [];
  for (const [unit, wanted] of Object.entries(declared)) {
    const resource = `service:${unit}`;
    const expected = serviceSummary(wanted);
    const service = services[unit];
    if (!service) {
      items.push({ resource, kind: 'service', status: 'MISSING', expected, actual: null });
      continue;
    }
    const state = runState(service);
    // A failed unit is not running: it satisfies `stopped`, as systemctl and Ansible's systemd module agree.
    const stateOk = wanted.state === 'running' ? state === 'running' : state !== 'running';
    const properties = [
      ...(stateOk ? [] : [{ name: 'state', expected: wanted.state, actual: state }]),
      ...attribute('enabled', enabledWord(wanted.enabled), enabledWord(service.enabled)),
    ];
    const actual = serviceSummary(service);
    items.push(
      properties.length === 0
        ? { resource, kind: 'service', status: 'IN_SYNC', expected, actual }
        : { resource, kind: 'service', status: 'MODIFIED', expected, actual, properties },
    );
  }
  const unmanaged: DriftItem[] = [];
  for (const [unit, service] of Object.entries(services)) {
    if (service.active !== 'active' || Object.hasOwn(declared, unit) || IMAGE_UNITS.has(unit)) continue;
    if (Object.hasOwn(declaredPackages, service.package)) continue;
    unmanaged.push({
      resource: `service:${unit}`,
      kind: 'service',
      status: 'UNMANAGED',
      expected: null,
      actual: serviceSummary(service),
    });
  }
  return [...items.sort(byResource), ...unmanaged.sort(byResource)];
}

export function databaseDrift(server: Server, desired: DesiredState): DriftItem[] {
  const actual = server.database;
  const wanted = desired.database;
  if (!wanted) {
    if (!actual) return [];
    const resource = `database:${actual.name}`;
    return [
      {
        resource,
        kind: 'database',
        status: 'UNMANAGED',
        expected: null,
        actual: schemaSummary(actual.schemaVersion),
      },
    ];
  }
  const resource = `database:${wanted.name}`;
  const expected = schemaSummary(wanted.schemaVersion);
  if (!actual || actual.name !== wanted.name)
    return [{ resource, kind: 'database', status: 'MISSING', expected, actual: null }];
  if (actual.schemaVersion === wanted.schemaVersion)
    return [{ resource, kind: 'database', status: 'IN_SYNC', expected, actual: expected }];
  const have = schemaSummary(actual.schemaVersion);
  return [
    {
      resource,
      kind: 'database',
      status: 'MODIFIED',
      expected,
      actual: have,
      properties: [
        {
          name: 'schemaVersion',
          expected: String(wanted.schemaVersion),
          actual: String(actual.schemaVersion),
        },
      ],
    },
  ];
}
