/** Remote access and everyday tools: OpenSSH, htop, vim, nano, git, rsync. */
import type { PackageInfo, SourceId } from '../types';
import { definePackage, same } from './define';

const SSH_LIBS = 'libc6 (>= 2.36), libssl3 (>= 3.0.0), zlib1g (>= 1:1.1.4)';
const SSH: ReadonlyArray<readonly [string, SourceId, string]> = [
  ['1:9.2p1-2', 'bookworm', 'Debian 12 release (OpenSSH 9.2p1)'],
  ['1:9.2p1-2+deb12u1', 'bookworm-security', 'Security update: ssh-agent PKCS#11 providers (CVE-2023-38408)'],
  ['1:9.2p1-2+deb12u2', 'bookworm-security', 'Security update: Terrapin, ProxyCommand metacharacters'],
  ['1:9.2p1-2+deb12u3', 'bookworm-security', 'Security update: regreSSHion (CVE-2024-6387)'],
];
/** [fixed, open] per SSH row, per binary package: sshd and the client are affected differently. */
const SERVER_CVES = [
  [[], ['CVE-2023-48795', 'CVE-2024-6387']],
  [[], ['CVE-2023-48795', 'CVE-2024-6387']],
  [['CVE-2023-48795'], ['CVE-2024-6387']],
  [['CVE-2024-6387'], []],
] as const;
const CLIENT_CVES = [
  [[], ['CVE-2023-38408', 'CVE-2023-48795', 'CVE-2023-51385']],
  [['CVE-2023-38408'], ['CVE-2023-48795', 'CVE-2023-51385']],
  [['CVE-2023-48795', 'CVE-2023-51385'], []],
  [[], []],
] as const;

function two(name: string, versions: readonly [string, string], size: number, changes: string) {
  return versions.map((v, i) => ({
    v,
    src: 'bookworm' as const,
    size,
    changes: i === 0 ? 'Debian 12 release' : changes,
    deps: name === 'vim' ? 'libc6 (>= 2.34)' : 'libc6 (>= 2.34), zlib1g (>= 1:1.2.0)',
  }));
}

export const TOOLS: readonly PackageInfo[] = [
  definePackage({
    name: 'openssh-server',
    section: 'net',
    priority: 'optional',
    description: 'secure shell (SSH) server, for secure access from remote machines',
    versions: SSH.map(([v, src, changes], i) => ({
      v,
      src,
      size: 1964,
      changes,
      deps: `${same('openssh-client', v)}, ${SSH_LIBS}`,
      provides: ['ssh-server'],
      services: [{ name: 'ssh', loads: ['openssh-server', 'libssl3', 'libc6', 'zlib1g'] }],
      fixed: SERVER_CVES[i]?.[0] ?? [],
      open: SERVER_CVES[i]?.[1] ?? [],
    })),
  }),
  definePackage({
    name: 'openssh-client',
    section: 'net',
    priority: 'standard',
    description: 'secure shell (SSH) client, for secure access to remote machines',
    versions: SSH.map(([v, src, changes], i) => ({
      v,
      src,
      size: 4628,
      changes,
      deps: SSH_LIBS,
      provides: ['ssh-client'],
      fixed: CLIENT_CVES[i]?.[0] ?? [],
      open: CLIENT_CVES[i]?.[1] ?? [],
    })),
  }),
  definePackage({
    name: 'htop',
    section: 'utils',
    priority: 'optional',
    description: 'interactive processes viewer',
    versions: [
      { v: '3.2.2-2', src: 'bookworm', size: 412, changes: 'Debian 12 release', deps: 'libc6 (>= 2.34)' },
      {
        v: '3.3.0-4~bpo12+1',
        src: 'bookworm-backports',
        size: 448,
        changes: 'Rebuild of htop 3.3.0 for bookworm-backports',
        deps: 'libc6 (>= 2.34)',
      },
    ],
  }),
  definePackage({
    name: 'vim',
    section: 'editors',
    priority: 'optional',
    description: 'Vi IMproved - enhanced vi editor',
    versions: two('vim', ['2:9.0.1378-2', '2:9.0.1378-2+deb12u1'], 3741, 'Fix modeline heap overflow').map(
      (d, i) => ({
        ...d,
        ...(i === 0
          ? { open: ['CVE-2026-10011'] }
          : { src: 'bookworm-security' as const, fixed: ['CVE-2026-10011'] }),
      }),
    ),
  }),
  definePackage({
    name: 'nano',
    section: 'editors',
    priority: 'important',
    description: 'small, friendly text editor inspired by Pico',
    versions: two('nano', ['7.2-1', '7.2-1+deb12u1'], 2812, 'Fix a crash when saving to a full disk'),
  }),
  definePackage({
    name: 'git',
    section: 'vcs',
    priority: 'optional',
    description: 'fast, scalable, distributed revision control system',
    versions: [
      {
        v: '1:2.39.2-1.1',
        src: 'bookworm',
        size: 37800,
        changes: 'Debian 12 release (git 2.39.2)',
        deps: 'libc6 (>= 2.34), libcurl4 (>= 7.56.1), zlib1g (>= 1:1.2.0)',
        open: ['CVE-2024-32002', 'CVE-2024-32004'],
      },
      {
        v: '1:2.39.5-0+deb12u1',
        src: 'bookworm-security',
        size: 37820,
        changes: 'New upstream 2.39.5: clone and submodule security fixes',
        deps: 'libc6 (>= 2.34), libcurl4 (>= 7.56.1), zlib1g (>= 1:1.2.0)',
        fixed: ['CVE-2024-32002', 'CVE-2024-32004'],
      },
      {
        v: '1:2.45.2-1~bpo12+1',
        src: 'bookworm-backports',
        size: 42100,
        changes: 'Rebuild of git 2.45.2 for bookworm-backports',
        deps: 'libc6 (>= 2.34), libcurl4 (>= 7.56.1), zlib1g (>= 1:1.2.0)',
      },
    ],
  }),
  definePackage({
    name: 'rsync',
    section: 'net',
    priority: 'optional',
    description: 'fast, versatile, remote (and local) file-copying tool',
    versions: two('rsync', ['3.2.7-1', '3.2.7-1+deb12u1'], 781, '').map((d, i) => ({
      ...d,
      services: [{ name: 'rsync', loads: ['rsync', 'libc6', 'zlib1g'] }],
      ...(i === 0
        ? { open: ['CVE-2024-12084', 'CVE-2024-12085', 'CVE-2024-12086'] }
        : {
            src: 'bookworm-security' as const,
            changes: 'Security update: daemon heap overflow, info leaks (CVE-2024-12084)',
            fixed: ['CVE-2024-12084', 'CVE-2024-12085', 'CVE-2024-12086'],
          }),
    })),
  }),
];
