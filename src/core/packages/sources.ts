/**
 * Package sources (sources.list entries). The fleet pulls Debian through the company's internal
 * mirror; nginx.org, a lab Python repository and the shop's own repository are extra sources a
 * scenario can enable.
 */
import type { SourceId, SourceInfo } from './types';

export const SOURCES: Readonly<Record<SourceId, SourceInfo>> = {
  bookworm: {
    id: 'bookworm',
    uri: 'http://mirror.driftlab.lan/debian',
    suite: 'bookworm',
    component: 'main',
    origin: 'Debian',
    notAutomatic: false,
    defaultEnabled: true,
  },
  'bookworm-updates': {
    id: 'bookworm-updates',
    uri: 'http://mirror.driftlab.lan/debian',
    suite: 'bookworm-updates',
    component: 'main',
    origin: 'Debian',
    notAutomatic: false,
    defaultEnabled: true,
  },
  'bookworm-security': {
    id: 'bookworm-security',
    uri: 'http://mirror.driftlab.lan/debian-security',
    suite: 'bookworm-security',
    component: 'main',
    origin: 'Debian',
    notAutomatic: false,
    defaultEnabled: true,
  },
  'bookworm-backports': {
    id: 'bookworm-backports',
    uri: 'http://mirror.driftlab.lan/debian',
    suite: 'bookworm-backports',
    component: 'main',
    origin: 'Debian Backports',
    notAutomatic: true,
    defaultEnabled: false,
  },
  'nginx-org': {
    id: 'nginx-org',
    uri: 'https://nginx.org/packages/debian',
    suite: 'bookworm',
    component: 'nginx',
    origin: 'nginx',
    notAutomatic: false,
    defaultEnabled: false,
  },
  'lab-python': {
    id: 'lab-python',
    uri: 'http://apt.driftlab.lan/python',
    suite: 'bookworm',
    component: 'main',
    origin: 'DriftLab Python',
    notAutomatic: false,
    defaultEnabled: false,
  },
  loja: {
    id: 'loja',
    uri: 'http://apt.loja.lan/debian',
    suite: 'stable',
    component: 'main',
    origin: 'Loja',
    notAutomatic: false,
    defaultEnabled: false,
  },
};

export const ALL_SOURCES: readonly SourceId[] = Object.keys(SOURCES) as SourceId[];

/** A stock Debian 12 server: main, updates, security. */
export const DEFAULT_SOURCES: readonly SourceId[] = ALL_SOURCES.filter((id) => SOURCES[id].defaultEnabled);

/** The line `apt-cache policy` prints for a source, e.g. `http://… bookworm/main amd64 Packages`. */
export function policyLine(id: SourceId, arch: 'amd64' | 'all' = 'amd64'): string {
  const s = SOURCES[id];
  return `${s.uri} ${s.suite}/${s.component} ${arch === 'all' ? 'amd64' : arch} Packages`;
}

/** The deb line for /etc/apt/sources.list(.d). */
export function sourcesListLine(id: SourceId): string {
  const s = SOURCES[id];
  return `deb ${s.uri} ${s.suite} ${s.component}`;
}
