/**
 * Web tier: Debian's nginx (1.22.1, split into nginx / nginx-core / nginx-common as in bookworm),
 * nginx.org's single `nginx` package (1.24–1.26), curl and the CA bundle.
 */
import type { BreakingChange, PackageInfo } from '../types';
import { cveTimeline, definePackage, same } from './define';

/** Behaviour a: nginx 1.25.1 dropped the `ssl` directive (deprecated since 1.15.0). */
export const NGINX_SSL_DIRECTIVE_REMOVED: BreakingChange = {
  id: 'nginx-ssl-directive-removed',
  since: '1.25.1',
  kind: 'directive-removed',
  severity: 'error',
  appliesTo: '/etc/nginx/',
  directive: 'ssl',
  linePattern: '^\\s*ssl\\s+(on|off)\\s*;',
  messageTemplate: 'nginx: [emerg] unknown directive "ssl" in {file}:{line}',
  failureTemplate: 'nginx: configuration file /etc/nginx/nginx.conf test failed',
  replacement: 'listen 443 ssl;',
};

/** nginx 1.25.1 also deprecated `listen ... http2` (a warning only). */
export const NGINX_LISTEN_HTTP2_DEPRECATED: BreakingChange = {
  id: 'nginx-listen-http2-deprecated',
  since: '1.25.1',
  kind: 'directive-deprecated',
  severity: 'warn',
  appliesTo: '/etc/nginx/',
  directive: 'listen',
  linePattern: '^\\s*listen\\s+[^;]*\\bhttp2\\b[^;]*;',
  messageTemplate:
    'nginx: [warn] the "listen ... http2" directive is deprecated, use the "http2" directive instead in {file}:{line}',
  replacement: 'http2 on;',
};

const NGINX_BREAKING = [NGINX_SSL_DIRECTIVE_REMOVED, NGINX_LISTEN_HTTP2_DEPRECATED];
const NGINX_LIBS = 'libc6 (>= 2.34), libssl3 (>= 3.0.0), zlib1g (>= 1:1.1.4)';
const DEB = ['1.22.1-9', '1.22.1-9+deb12u1', '1.22.1-9+deb12u2'] as const;
const DEB_CVES = [
  { fixed: ['CVE-2022-41741', 'CVE-2022-41742'], open: ['CVE-2024-7347', 'CVE-2025-23419'] },
  { fixed: ['CVE-2024-7347'], open: ['CVE-2025-23419'] },
  { fixed: ['CVE-2025-23419'], open: [] },
] as const;
const DEB_CHANGES = [
  'Debian 12 release (nginx 1.22.1)',
  'Security update: mp4 module over-read (CVE-2024-7347)',
  'Security update: TLS session reuse across virtual servers (CVE-2025-23419)',
] as const;
const HTTP3 = ['CVE-2024-31079', 'CVE-2024-32760', 'CVE-2024-34161', 'CVE-2024-35200'];
const NGINX_ORG = {
  src: 'nginx-org',
  size: 3420,
  deps: NGINX_LIBS,
  conflicts: 'nginx-common, nginx-core',
  provides: ['httpd'],
  services: [{ name: 'nginx', loads: ['nginx', 'libssl3', 'libc6', 'zlib1g'] }],
} as const;

export const WEB: readonly PackageInfo[] = [
  definePackage({
    name: 'nginx',
    section: 'httpd',
    priority: 'optional',
    description: 'small, powerful, scalable web/proxy server',
    versions: [
      ...DEB.map((v, i) => ({
        v,
        src: i === 0 ? ('bookworm' as const) : ('bookworm-security' as const),
        size: 49,
        arch: 'all' as const,
        changes: DEB_CHANGES[i] ?? '',
        deps: `nginx-core (<< ${v}.1~), nginx-core (>= ${v})`,
        ...DEB_CVES[i],
      })),
      {
        ...NGINX_ORG,
        v: '1.24.0-1~bookworm',
        changes: 'nginx.org stable 1.24.0',
        open: ['CVE-2024-7347', 'CVE-2025-23419'],
      },
      {
        ...NGINX_ORG,
        v: '1.26.0-1~bookworm',
        size: 3650,
        changes: 'nginx.org stable 1.26.0: HTTP/3, the "ssl" directive is gone',
        open: ['CVE-2024-7347', ...HTTP3, 'CVE-2025-23419'],
        breaking: NGINX_BREAKING,
      },
      {
        ...NGINX_ORG,
        v: '1.26.2-1~bookworm',
        size: 3660,
        changes: 'nginx.org stable 1.26.2: HTTP/3 and mp4 security fixes',
        fixed: ['CVE-2024-7347', ...HTTP3],
        open: ['CVE-2025-23419'],
        breaking: NGINX_BREAKING,
      },
    ],
  }),
  definePackage({
    name: 'nginx-core',
    section: 'httpd',
    priority: 'optional',
    description: 'nginx web/proxy server (standard version)',
    versions: DEB.map((v, i) => ({
      v,
      src: i === 0 ? 'bookworm' : 'bookworm-security',
      size: 1380,
      changes: DEB_CHANGES[i] ?? '',
      deps: `${same('nginx-common', v)}, ${NGINX_LIBS}`,
      provides: ['httpd', 'httpd-cgi'],
      ...DEB_CVES[i],
    })),
  }),
  definePackage({
    name: 'nginx-common',
    section: 'httpd',
    priority: 'optional',
    arch: 'all',
    description: 'small, powerful, scalable web/proxy server - common files',
    versions: DEB.map((v, i) => ({
      v,
      src: i === 0 ? 'bookworm' : 'bookworm-security',
      size: 412,
      changes: DEB_CHANGES[i] ?? '',
      services: [{ name: 'nginx', loads: ['nginx-core', 'libssl3', 'libc6', 'zlib1g'] }],
    })),
  }),
  definePackage({
    name: 'curl',
    section: 'web',
    priority: 'optional',
    description: 'command line tool for transferring data with URL syntax',
    versions: curlVersions(500, (v) => `${same('libcurl4', v)}, libc6 (>= 2.34), zlib1g (>= 1:1.1.4)`),
  }),
  definePackage({
    name: 'libcurl4',
    section: 'libs',
    priority: 'optional',
    description: 'easy-to-use client-side URL transfer library (OpenSSL flavour)',
    versions: curlVersions(894, () => NGINX_LIBS).map((d) => ({
      ...d,
      sharedLibrary: { sonames: ['libcurl.so.4'] },
    })),
  }),
  definePackage({
    name: 'ca-certificates',
    section: 'misc',
    priority: 'standard',
    arch: 'all',
    description: 'Common CA certificates',
    versions: [
      {
        v: '20230311',
        src: 'bookworm',
        size: 382,
        changes: 'Mozilla CA bundle 2.60',
        deps: 'openssl (>= 1.1.1)',
      },
      {
        v: '20230311+deb12u1',
        src: 'bookworm-updates',
        size: 384,
        changes: 'Remove distrusted root certificates from the bundle',
        deps: 'openssl (>= 1.1.1)',
      },
    ],
  }),
];

function curlVersions(size: number, deps: (v: string) => string) {
  const all = ['CVE-2023-38545', 'CVE-2023-38546', 'CVE-2023-46218', 'CVE-2024-2398'];
  const cves = cveTimeline(all, [0, 2, 3, 4]);
  const rows = [
    ['7.88.1-10', 'bookworm', 'Debian 12 release (curl 7.88.1)'],
    ['7.88.1-10+deb12u4', 'bookworm-security', 'Security update: SOCKS5 heap overflow, cookie injection'],
    ['7.88.1-10+deb12u5', 'bookworm', 'Cookie public suffix bypass (CVE-2023-46218)'],
    ['7.88.1-10+deb12u8', 'bookworm', 'HTTP/2 push headers memory leak (CVE-2024-2398)'],
  ] as const;
  return rows.map(([v, src, changes], i) => ({ v, src, size, changes, deps: deps(v), ...cves[i] }));
}
