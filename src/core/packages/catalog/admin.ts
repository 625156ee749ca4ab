/** Administration basics: time zones, sudo, cron, logrotate, unattended-upgrades, needrestart. */
import type { PackageInfo } from '../types';
import { definePackage } from './define';

export const ADMIN: readonly PackageInfo[] = [
  definePackage({
    name: 'tzdata',
    section: 'localization',
    priority: 'required',
    arch: 'all',
    description: 'time zone and daylight-saving time data',
    versions: [
      ['2023c-5+deb12u1', 'bookworm', 'Debian 12.1 point release'],
      ['2024a-0+deb12u1', 'bookworm', 'New upstream 2024a: Kazakhstan unifies on UTC+5'],
      ['2024b-0+deb12u1', 'bookworm-updates', 'New upstream 2024b: Mexico and Mongolia changes'],
      ['2025b-0+deb12u1', 'bookworm-updates', 'New upstream 2025b: new zone America/Coyhaique'],
    ].map(([v = '', src, changes = '']) => ({
      v,
      src: src === 'bookworm' ? 'bookworm' : 'bookworm-updates',
      size: 3917,
      changes,
    })),
  }),
  definePackage({
    name: 'sudo',
    section: 'admin',
    priority: 'optional',
    description: 'Provide limited super user privileges to specific users',
    versions: [
      {
        v: '1.9.13p3-1+deb12u1',
        src: 'bookworm',
        size: 6150,
        changes: 'Debian 12 release',
        deps: 'libc6 (>= 2.34)',
        open: ['CVE-2025-32462'],
      },
      {
        v: '1.9.13p3-1+deb12u2',
        src: 'bookworm-security',
        size: 6150,
        changes: 'Security update: host option (CVE-2025-32462)',
        deps: 'libc6 (>= 2.34)',
        fixed: ['CVE-2025-32462'],
      },
    ],
  }),
  definePackage({
    name: 'cron',
    section: 'admin',
    priority: 'important',
    description: 'process scheduling daemon',
    versions: ['3.0pl1-162', '3.0pl1-162+deb12u1'].map((v, i) => ({
      v,
      src: 'bookworm',
      size: 271,
      changes: i === 0 ? 'Debian 12 release' : 'Fix environment parser overflow (CVE-2026-10061)',
      deps: 'libc6 (>= 2.34)',
      provides: ['cron-daemon'],
      services: [{ name: 'cron', loads: ['cron', 'libc6'] }],
      ...(i === 0 ? { open: ['CVE-2026-10061'] } : { fixed: ['CVE-2026-10061'] }),
    })),
  }),
  definePackage({
    name: 'logrotate',
    section: 'admin',
    priority: 'important',
    description: 'Log rotation utility',
    versions: ['3.21.0-1', '3.21.0-1+deb12u1'].map((v, i) => ({
      v,
      src: 'bookworm',
      size: 160,
      changes: i === 0 ? 'Debian 12 release' : 'Create the state file mode 0600 (CVE-2026-10051)',
      deps: 'cron | anacron | cron-daemon | systemd-sysv, libc6 (>= 2.34)',
      ...(i === 0 ? { open: ['CVE-2026-10051'] } : { fixed: ['CVE-2026-10051'] }),
    })),
  }),
  definePackage({
    name: 'unattended-upgrades',
    section: 'admin',
    priority: 'optional',
    arch: 'all',
    description: 'automatic installation of security upgrades',
    versions: ['2.9.1+nmu3', '2.9.1+nmu4~deb12u1'].map((v, i) => ({
      v,
      src: 'bookworm',
      size: 389,
      changes: i === 0 ? 'Debian 12 release' : 'Honour holds when computing the upgrade set',
      deps: 'python3, apt (>= 1.9.11~)',
      services: [{ name: 'unattended-upgrades', loads: ['python3'] }],
    })),
  }),
  definePackage({
    name: 'needrestart',
    section: 'admin',
    priority: 'optional',
    arch: 'all',
    description: 'check which daemons need to be restarted after library upgrades',
    versions: [
      {
        v: '3.6-4',
        src: 'bookworm',
        size: 497,
        changes: 'Debian 12 release',
        open: ['CVE-2024-48990', 'CVE-2024-48991'],
      },
      {
        v: '3.6-4+deb12u2',
        src: 'bookworm-security',
        size: 499,
        changes: 'Security update: interpreter detection runs attacker code (CVE-2024-48990)',
        fixed: ['CVE-2024-48990', 'CVE-2024-48991'],
      },
    ],
  }),
];
