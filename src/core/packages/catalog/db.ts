/** PostgreSQL 15 as in bookworm and its security point releases (note 15.10 > 15.8). */
import type { PackageInfo, SourceId } from '../types';
import { cveTimeline, definePackage } from './define';

const CVES = [
  'CVE-2023-5868',
  'CVE-2023-5869',
  'CVE-2023-5870',
  'CVE-2024-0985',
  'CVE-2024-7348',
  'CVE-2024-10978',
  'CVE-2024-10979',
];

const ROWS: ReadonlyArray<readonly [string, SourceId, string]> = [
  ['15.3-0+deb12u1', 'bookworm', 'Debian 12 release (PostgreSQL 15.3)'],
  ['15.5-0+deb12u1', 'bookworm-security', 'New upstream 15.5: array overflow, aggregate disclosure'],
  ['15.6-0+deb12u1', 'bookworm-security', 'New upstream 15.6: REFRESH MATERIALIZED VIEW CONCURRENTLY'],
  ['15.8-0+deb12u1', 'bookworm-security', 'New upstream 15.8: pg_dump relation replacement'],
  ['15.10-0+deb12u1', 'bookworm-security', 'New upstream 15.10: SET ROLE reset, PL/Perl environment'],
];
const TIMELINE = cveTimeline(CVES, [0, 3, 4, 5, 7]);

function series(size: number, deps: string, extra: object = {}) {
  return ROWS.map(([v, src, changes], i) => ({ v, src, size, changes, deps, ...TIMELINE[i], ...extra }));
}

export const DB: readonly PackageInfo[] = [
  definePackage({
    name: 'postgresql-15',
    section: 'database',
    priority: 'optional',
    description: "The World's Most Advanced Open Source Relational Database",
    versions: series(
      56480,
      'postgresql-client-15, postgresql-common (>= 248), libc6 (>= 2.34), libssl3 (>= 3.0.0), zlib1g (>= 1:1.1.4)',
      {
        services: [{ name: 'postgresql@15-main', loads: ['postgresql-15', 'libssl3', 'libc6', 'zlib1g'] }],
      },
    ),
  }),
  definePackage({
    name: 'postgresql-client-15',
    section: 'database',
    priority: 'optional',
    description: 'front-end programs for PostgreSQL 15',
    versions: series(5640, 'libpq5 (>= 15.3), libc6 (>= 2.34), libssl3 (>= 3.0.0)'),
  }),
  definePackage({
    name: 'libpq5',
    section: 'libs',
    priority: 'optional',
    description: 'PostgreSQL C client library',
    versions: series(905, 'libc6 (>= 2.34), libssl3 (>= 3.0.0)', {
      sharedLibrary: { sonames: ['libpq.so.5'] },
    }),
  }),
  definePackage({
    name: 'postgresql-common',
    section: 'database',
    priority: 'optional',
    arch: 'all',
    description: 'PostgreSQL database-cluster manager',
    versions: [
      {
        v: '248',
        src: 'bookworm',
        size: 780,
        changes: 'Debian 12 release',
        services: [{ name: 'postgresql', loads: [] }],
      },
      {
        v: '248+deb12u1',
        src: 'bookworm',
        size: 781,
        changes: 'pg_upgradecluster: keep cluster options on upgrade',
        services: [{ name: 'postgresql', loads: [] }],
      },
    ],
  }),
];
