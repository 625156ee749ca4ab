import { dirname } from '../model/paths';
import type { FsNode, Server } from '../model/types';

/**
 * The traces a background change leaves in a server's logs, in the formats of Debian 12: rsyslog's
 * RFC 3339 stamps in /var/log/syslog and auth.log. They are what a learner can find when asking "what
 * changed last night?" — bash history never shows them.
 */

/** ISO 8601 in UTC; a clock outside what Date can show is clamped rather than thrown on. */
export function isoDate(ms: number): string {
  const limit = 8.64e15;
  return new Date(Number.isFinite(ms) ? Math.max(-limit, Math.min(limit, ms)) : 0).toISOString();
}

/** `2026-11-30T03:00:01.000000+00:00`, as bookworm's rsyslog stamps lines (high-precision RFC 3339). */
export function syslogStamp(ms: number): string {
  const iso = isoDate(ms);
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000+00:00`;
}

/** Who owns each log when it does not exist yet (rsyslog creates its files root:adm 0640). */
const LOG_OWNERS: Readonly<Record<string, readonly [string, string, number]>> = {
  '/var/log/syslog': ['root', 'adm', 0o640],
  '/var/log/auth.log': ['root', 'adm', 0o640],
  '/var/log/unattended-upgrades/unattended-upgrades.log': ['root', 'root', 0o644],
};

/**
 * Appends text to a log file, creating it (and its directories) if missing. Logs are not ledger entries:
 * they are the evidence a learner reads.
 */
export function appendLog(server: Server, path: string, text: string, now: number): Server {
  if (!text) return server;
  const fs = { ...server.fs };
  for (let d = dirname(path); !fs[d] && d !== '/'; d = dirname(d))
    fs[d] = { kind: 'dir', owner: 'root', group: 'root', mode: 0o755, mtime: now };
  const node = fs[path];
  const [owner, group, mode] = LOG_OWNERS[path] ?? ['root', 'adm', 0o640];
  const next: FsNode =
    node?.kind === 'file'
      ? { ...node, content: node.content + text, mtime: now }
      : { kind: 'file', content: text, owner, group, mode, mtime: now };
  fs[path] = next;
  return { ...server, fs };
}

/** Appends syslog lines (each `[tag, message]`) stamped `now`, to /var/log/syslog or another rsyslog file. */
export function appendSyslog(
  server: Server,
  now: number,
  lines: readonly (readonly [string, string])[],
  path = '/var/log/syslog',
): Server {
  const text = lines
    .map(([tag, message]) => `${syslogStamp(now)} ${server.hostname} ${tag}: ${message}\n`)
    .join('');
  return appendLog(server, path, text, now);
}
