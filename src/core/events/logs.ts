import type { FsNode, Server } from '../model/types';

/**
 * The traces a background change leaves in a server's logs, in the exact formats of Debian 12: rsyslog's
 * RFC 3339 stamps in /var/log/syslog and auth.log, apt's history.log blocks. They are what a learner can
 * find when asking "what changed last night?" — bash history never shows them.
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

/** One syslog line: `<stamp> <host> <tag>: <message>`. */
export function syslogLine(ms: number, host: string, tag: string, message: string): string {
  return `${syslogStamp(ms)} ${host} ${tag}: ${message}`;
}

/** `2026-11-30  06:25:03` (two spaces), as apt's history.log writes Start-Date and End-Date. */
export function aptDate(ms: number): string {
  const iso = isoDate(ms);
  return `${iso.slice(0, 10)}  ${iso.slice(11, 19)}`;
}

/** A history.log block for an upgrade: `[name, from, to]` per package. */
export function aptHistoryBlock(
  start: number,
  end: number,
  commandline: string,
  upgraded: readonly (readonly [string, string, string])[],
): string {
  const list = upgraded.map(([name, from, to]) => `${name}:amd64 (${from}, ${to})`).join(', ');
  return `\nStart-Date: ${aptDate(start)}\nCommandline: ${commandline}\nUpgrade: ${list}\nEnd-Date: ${aptDate(end)}\n`;
}

/** Where each log goes when it does not exist yet: owner, group, mode (rsyslog creates syslog root:adm 0640). */
const LOG_OWNERS: Readonly<Record<string, readonly [string, string, number]>> = {
  '/var/log/syslog': ['root', 'adm', 0o640],
  '/var/log/auth.log': ['root', 'adm', 0o640],
  '/var/log/apt/history.log': ['root', 'root', 0o644],
};

/** Appends text to a log file (creating it if missing). Logs are not ledger entries: they are the evidence. */
export function appendLog(server: Server, path: string, text: string, now: number): Server {
  if (!text) return server;
  const node = server.fs[path];
  const [owner, group, mode] = LOG_OWNERS[path] ?? ['root', 'adm', 0o640];
  const next: FsNode =
    node?.kind === 'file'
      ? { ...node, content: node.content + text, mtime: now }
      : { kind: 'file', content: text, owner, group, mode, mtime: now };
  return { ...server, fs: { ...server.fs, [path]: next } };
}

/** Appends syslog lines (each `[tag, message]`) stamped `now`. */
export function appendSyslog(
  server: Server,
  now: number,
  lines: readonly (readonly [string, string])[],
  path = '/var/log/syslog',
): Server {
  const text = lines.map(([tag, message]) => `${syslogLine(now, server.hostname, tag, message)}\n`).join('');
  return appendLog(server, path, text, now);
}
