/**
 * OpenSSL 3.0 as shipped in bookworm and its security updates. Behaviour b: libssl3 is a shared
 * library, so processes that mapped it keep the old copy until restarted (what needrestart reports).
 */
import type { PackageInfo, SourceId } from '../types';
import { cveTimeline, definePackage } from './define';

const CVES = [
  'CVE-2023-5363',
  'CVE-2023-5678',
  'CVE-2023-6129',
  'CVE-2023-6237',
  'CVE-2024-0727',
  'CVE-2024-2511',
  'CVE-2024-4603',
  'CVE-2024-4741',
  'CVE-2024-5535',
  'CVE-2024-6119',
  'CVE-2024-9143',
  'CVE-2024-13176',
];

const ROWS: ReadonlyArray<readonly [string, SourceId, string]> = [
  ['3.0.11-1~deb12u2', 'bookworm', 'Security update: cipher key and IV length processing (CVE-2023-5363)'],
  ['3.0.13-1~deb12u1', 'bookworm-security', 'New upstream 3.0.13: DH, RSA key checks, PKCS12 fixes'],
  ['3.0.15-1~deb12u1', 'bookworm-security', 'New upstream 3.0.15: TLSv1.3 sessions, X.509 name checks'],
  ['3.0.16-1~deb12u1', 'bookworm-security', 'New upstream 3.0.16: EC GF(2^m) bounds, P-521 timing'],
];
const TIMELINE = cveTimeline(CVES, [1, 5, 10, 12]);

export const SSL: readonly PackageInfo[] = [
  definePackage({
    name: 'libssl3',
    section: 'libs',
    priority: 'optional',
    description: 'Secure Sockets Layer toolkit - shared libraries',
    versions: ROWS.map(([v, src, changes], i) => ({
      v,
      src,
      size: 6237,
      changes,
      deps: 'libc6 (>= 2.34)',
      sharedLibrary: { sonames: ['libssl.so.3', 'libcrypto.so.3'] },
      ...TIMELINE[i],
    })),
  }),
  definePackage({
    name: 'openssl',
    section: 'utils',
    priority: 'optional',
    description: 'Secure Sockets Layer toolkit - cryptographic utility',
    versions: ROWS.map(([v, src, changes], i) => ({
      v,
      src,
      size: 2286,
      changes,
      deps: `libc6 (>= 2.34), libssl3 (>= ${v})`,
      ...TIMELINE[i],
    })),
  }),
];
