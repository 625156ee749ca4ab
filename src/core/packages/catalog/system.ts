/**
 * Base system: libc, zlib, the essential shell and coreutils, dpkg/apt, systemd and init.
 * Behaviour e: `essential` (bash, coreutils, dpkg), `important` (apt) and `protected` (init).
 */
import type { PackageInfo } from '../types';
import { cveTimeline, definePackage, same } from './define';

const LIBC = cveTimeline(['CVE-2023-4911', 'CVE-2023-6246', 'CVE-2024-2961'], [0, 1, 2, 3]);
const SYSTEMD = cveTimeline(['CVE-2026-10021'], [0, 0, 1]);
const SYSTEMD_ROWS = [
  ['252.19-1~deb12u1', 'Debian 12.4 point release'],
  ['252.22-1~deb12u1', 'Debian 12.5 point release'],
  ['252.30-1~deb12u2', 'Debian 12.7 point release: journald fixes'],
] as const;

export const SYSTEM: readonly PackageInfo[] = [
  definePackage({
    name: 'libc6',
    section: 'libs',
    priority: 'required',
    description: 'GNU C Library: Shared libraries',
    versions: [
      ['2.36-9', 'bookworm', 'Debian 12 release (glibc 2.36)'],
      ['2.36-9+deb12u3', 'bookworm-security', 'Security update: Looney Tunables (CVE-2023-4911)'],
      ['2.36-9+deb12u4', 'bookworm-security', 'Security update: syslog heap overflow (CVE-2023-6246)'],
      ['2.36-9+deb12u7', 'bookworm-security', 'Security update: iconv ISO-2022-CN-EXT (CVE-2024-2961)'],
    ].map(([v = '', src, changes = ''], i) => ({
      v,
      src: src === 'bookworm' ? 'bookworm' : 'bookworm-security',
      size: 12988,
      changes,
      sharedLibrary: { sonames: ['libc.so.6'] },
      ...LIBC[i],
    })),
  }),
  definePackage({
    name: 'zlib1g',
    section: 'libs',
    priority: 'required',
    description: 'compression library - runtime',
    versions: [
      {
        v: '1:1.2.13.dfsg-1',
        src: 'bookworm',
        size: 168,
        changes: 'Debian 12 release (zlib 1.2.13)',
        deps: 'libc6 (>= 2.14)',
        sharedLibrary: { sonames: ['libz.so.1'] },
      },
    ],
  }),
  definePackage({
    name: 'bash',
    section: 'shells',
    priority: 'required',
    essential: true,
    description: 'GNU Bourne Again SHell',
    versions: [
      { v: '5.2.15-2+b2', src: 'bookworm', size: 7164, changes: 'Binary rebuild', deps: 'libc6 (>= 2.36)' },
      {
        v: '5.2.15-2+b7',
        src: 'bookworm',
        size: 7164,
        changes: 'Binary rebuild (12.7)',
        deps: 'libc6 (>= 2.36)',
      },
    ],
  }),
  definePackage({
    name: 'coreutils',
    section: 'utils',
    priority: 'required',
    essential: true,
    description: 'GNU core utilities',
    versions: [
      { v: '9.1-1', src: 'bookworm', size: 18062, changes: 'Debian 12 release', deps: 'libc6 (>= 2.34)' },
    ],
  }),
  definePackage({
    name: 'dpkg',
    section: 'admin',
    priority: 'required',
    essential: true,
    description: 'Debian package management system',
    versions: [
      { v: '1.21.21', src: 'bookworm', size: 6520, changes: 'Debian 12 release', deps: 'libc6 (>= 2.34)' },
      {
        v: '1.21.22',
        src: 'bookworm',
        size: 6522,
        changes: 'Debian 12.1 point release',
        deps: 'libc6 (>= 2.34)',
      },
    ],
  }),
  definePackage({
    name: 'apt',
    section: 'admin',
    priority: 'required',
    important: true,
    description: 'commandline package manager',
    versions: [
      {
        v: '2.6.1',
        src: 'bookworm',
        size: 4152,
        changes: 'Debian 12 release',
        deps: 'libc6 (>= 2.34), dpkg (>= 1.20.0)',
      },
    ],
  }),
  definePackage({
    name: 'systemd',
    section: 'admin',
    priority: 'important',
    description: 'system and service manager',
    versions: SYSTEMD_ROWS.map(([v, changes], i) => ({
      v,
      src: 'bookworm',
      size: 11120,
      changes,
      deps: 'libc6 (>= 2.34), libssl3 (>= 3.0.0)',
      services: [
        { name: 'systemd-journald', loads: ['systemd', 'libc6'] },
        { name: 'systemd-logind', loads: ['systemd', 'libc6'] },
      ],
      ...SYSTEMD[i],
    })),
  }),
  definePackage({
    name: 'systemd-sysv',
    section: 'admin',
    priority: 'important',
    description: 'system and service manager - SysV compatibility symlinks',
    versions: SYSTEMD_ROWS.map(([v, changes]) => ({
      v,
      src: 'bookworm',
      size: 80,
      changes,
      deps: same('systemd', v),
    })),
  }),
  definePackage({
    name: 'init',
    section: 'metapackages',
    priority: 'important',
    protected: true,
    description: 'metapackage ensuring an init system is installed',
    versions: [
      {
        v: '1.65.2',
        src: 'bookworm',
        size: 29,
        changes: 'Debian 12 release',
        deps: 'systemd-sysv | sysvinit-core | runit-init',
      },
    ],
  }),
];
