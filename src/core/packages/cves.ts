/**
 * CVE registry the catalog refers to. Real historical ids are used where the affected and fixed
 * versions match the catalog; ids in the CVE-2026-1xxxx range are invented for the lab.
 */
import type { CveInfo, CveSeverity } from './types';

function cve(id: string, severity: CveSeverity, summary: string): CveInfo {
  return { id, severity, summary, labInvented: /^CVE-2026-1\d{4}$/.test(id) };
}

const LIST: readonly CveInfo[] = [
  // OpenSSL 3.0 (libssl3, openssl)
  cve('CVE-2023-5363', 'medium', 'openssl: incorrect cipher key and IV length processing'),
  cve('CVE-2023-5678', 'low', 'openssl: excessive time generating or checking DH keys with a large Q'),
  cve('CVE-2023-6129', 'medium', 'openssl: POLY1305 MAC on PowerPC corrupts vector registers'),
  cve('CVE-2023-6237', 'low', 'openssl: excessive time checking invalid RSA public keys'),
  cve('CVE-2024-0727', 'low', 'openssl: NULL dereference processing a malformed PKCS12 file'),
  cve('CVE-2024-2511', 'low', 'openssl: unbounded memory growth with TLSv1.3 session handling'),
  cve('CVE-2024-4603', 'low', 'openssl: excessive time checking DSA keys and parameters'),
  cve('CVE-2024-4741', 'low', 'openssl: use after free with SSL_free_buffers'),
  cve('CVE-2024-5535', 'low', 'openssl: SSL_select_next_proto buffer overread'),
  cve('CVE-2024-6119', 'medium', 'openssl: denial of service in X.509 name checks'),
  cve('CVE-2024-9143', 'low', 'openssl: out-of-bounds access in low-level GF(2^m) elliptic curve APIs'),
  cve('CVE-2024-13176', 'low', 'openssl: timing side channel in ECDSA signatures on P-521'),
  // nginx
  cve('CVE-2022-41741', 'high', 'nginx: memory corruption in ngx_http_mp4_module'),
  cve('CVE-2022-41742', 'medium', 'nginx: memory disclosure in ngx_http_mp4_module'),
  cve('CVE-2024-7347', 'medium', 'nginx: over-read in ngx_http_mp4_module with a crafted mp4 file'),
  cve('CVE-2024-31079', 'medium', 'nginx: HTTP/3 stream memory corruption'),
  cve('CVE-2024-32760', 'high', 'nginx: HTTP/3 encoder instructions corrupt worker memory'),
  cve('CVE-2024-34161', 'medium', 'nginx: HTTP/3 memory disclosure with a large MTU'),
  cve('CVE-2024-35200', 'medium', 'nginx: HTTP/3 NULL pointer dereference'),
  cve(
    'CVE-2025-23419',
    'medium',
    'nginx: TLS session reuse bypasses client certificate checks across servers',
  ),
  // OpenSSH
  cve(
    'CVE-2023-38408',
    'critical',
    'openssh: remote code execution via a forwarded ssh-agent PKCS#11 provider',
  ),
  cve('CVE-2023-48795', 'medium', 'openssh: Terrapin prefix truncation attack on the SSH transport'),
  cve('CVE-2023-51385', 'medium', 'openssh: shell metacharacters in user or host names reach ProxyCommand'),
  cve('CVE-2024-6387', 'high', 'openssh: regreSSHion, signal handler race in sshd (remote root)'),
  // glibc
  cve(
    'CVE-2023-4911',
    'high',
    'glibc: Looney Tunables, buffer overflow in ld.so GLIBC_TUNABLES (local root)',
  ),
  cve('CVE-2023-6246', 'high', 'glibc: heap overflow in __vsyslog_internal (local root)'),
  cve('CVE-2024-2961', 'high', 'glibc: out-of-bounds write in iconv ISO-2022-CN-EXT'),
  // curl
  cve('CVE-2023-38545', 'high', 'curl: heap buffer overflow in the SOCKS5 proxy handshake'),
  cve('CVE-2023-38546', 'low', 'curl: cookie injection with the none file'),
  cve('CVE-2023-46218', 'medium', 'curl: cookie mixed-case public suffix bypass'),
  cve('CVE-2024-2398', 'medium', 'curl: memory leak with HTTP/2 server push headers'),
  // PostgreSQL 15
  cve('CVE-2023-5868', 'medium', 'postgresql: memory disclosure in aggregate function calls'),
  cve('CVE-2023-5869', 'high', 'postgresql: buffer overrun from integer overflow in array modification'),
  cve('CVE-2023-5870', 'low', 'postgresql: pg_cancel_backend can signal certain superuser processes'),
  cve('CVE-2024-0985', 'high', 'postgresql: REFRESH MATERIALIZED VIEW CONCURRENTLY runs SQL as the owner'),
  cve('CVE-2024-7348', 'high', 'postgresql: relation replacement during pg_dump runs arbitrary SQL'),
  cve('CVE-2024-10978', 'low', 'postgresql: SET ROLE reset to the wrong user id'),
  cve('CVE-2024-10979', 'high', 'postgresql: PL/Perl environment variable changes run arbitrary code'),
  // others
  cve('CVE-2025-32462', 'low', 'sudo: the host option lets rules apply on unintended hosts'),
  cve('CVE-2024-32002', 'critical', 'git: recursive clone with symlinked submodules runs remote code'),
  cve('CVE-2024-32004', 'high', 'git: cloning a local repository owned by another user runs code'),
  cve('CVE-2024-12084', 'critical', 'rsync: heap buffer overflow in checksum handling of the daemon'),
  cve('CVE-2024-12085', 'medium', 'rsync: uninitialized stack contents leak to the peer'),
  cve('CVE-2024-12086', 'medium', 'rsync: a malicious server can read arbitrary client files'),
  cve('CVE-2024-48990', 'high', 'needrestart: local root through an attacker-controlled PYTHONPATH'),
  cve('CVE-2024-48991', 'high', 'needrestart: race lets a local user substitute the Python interpreter'),
  cve('CVE-2023-24329', 'high', 'python: urllib.parse blocklist bypass with leading blank characters'),
  cve(
    'CVE-2023-40217',
    'medium',
    'python: TLS handshake bypass lets unencrypted data be read by ssl sockets',
  ),
  cve('CVE-2023-5764', 'high', 'ansible-core: template injection when unsafe data loses its marker'),
  cve('CVE-2024-1086', 'high', 'linux: nf_tables use after free (local root)'),
  // invented for the lab
  cve('CVE-2026-10011', 'medium', 'vim: crafted modeline causes a heap overflow (lab)'),
  cve('CVE-2026-10021', 'low', 'systemd: journald crash on a crafted structured log message (lab)'),
  cve('CVE-2026-10031', 'high', 'linux: netfilter use after free in set element GC (local root, lab)'),
  cve('CVE-2026-10032', 'medium', 'linux: ext4 out-of-bounds read on a crafted image (lab)'),
  cve('CVE-2026-10041', 'high', 'loja: SQL injection in the product search endpoint (lab)'),
  cve('CVE-2026-10042', 'medium', 'loja: session cookie missing the Secure flag (lab)'),
  cve('CVE-2026-10051', 'low', 'logrotate: state file written with group-readable permissions (lab)'),
  cve('CVE-2026-10061', 'medium', 'cron: crafted crontab line overflows the environment parser (lab)'),
];

export const CVES: Readonly<Record<string, CveInfo>> = Object.fromEntries(LIST.map((c) => [c.id, c]));

export function getCve(id: string): CveInfo | undefined {
  return Object.hasOwn(CVES, id) ? CVES[id] : undefined;
}

export const SEVERITY_RANK: Readonly<Record<CveSeverity, number>> = {
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};
