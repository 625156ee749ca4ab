/**
 * Pieces every operation's outcome shares: the host guard (unknown, powered off, unreachable) and the text a
 * simulated tool prints, kept as ordered lines so a terminal can show stdout and stderr interleaved.
 */
import type { Server, World } from '../model/types';

/** The operation never reached the host: the fleet runner reports it, the shell prints ssh's words. */
export interface HostFailure {
  ok: false;
  code: 'HOST_UNKNOWN' | 'UNREACHABLE';
  params: { host: string; reason: 'unknown' | 'powered-off' | 'network' };
}

export type Guarded = { ok: true; server: Server } | HostFailure;

/** The server an operation may act on, or why it cannot. */
export function guardHost(world: World, host: string): Guarded {
  const server = Object.hasOwn(world.servers, host) ? world.servers[host] : undefined;
  if (!server) return { ok: false, code: 'HOST_UNKNOWN', params: { host, reason: 'unknown' } };
  if (server.power === 'off')
    return { ok: false, code: 'UNREACHABLE', params: { host, reason: 'powered-off' } };
  if (!server.reachable) return { ok: false, code: 'UNREACHABLE', params: { host, reason: 'network' } };
  return { ok: true, server };
}

/** One line a tool printed, on stdout (1) or stderr (2). */
export interface ToolLine {
  fd: 1 | 2;
  text: string;
}

/** What a simulated tool printed and how it exited, exactly as on a real Debian 12 server. */
export interface ToolText {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Both streams in the order a terminal shows them (what `2>&1` captures). */
  combined: string;
}

function join(lines: readonly ToolLine[]): string {
  return lines.map((l) => `${l.text}\n`).join('');
}

export function toolText(lines: readonly ToolLine[], exitCode: number): ToolText {
  return {
    exitCode,
    stdout: join(lines.filter((l) => l.fd === 1)),
    stderr: join(lines.filter((l) => l.fd === 2)),
    combined: join(lines),
  };
}

/** Collects tool output lines in order. */
export class Transcript {
  readonly lines: ToolLine[] = [];
  out(...texts: string[]): this {
    for (const text of texts) this.lines.push({ fd: 1, text });
    return this;
  }
  err(...texts: string[]): this {
    for (const text of texts) this.lines.push({ fd: 2, text });
    return this;
  }
  text(exitCode: number): ToolText {
    return toolText(this.lines, exitCode);
  }
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, as dpkg.log and apt's history.log write dates. */
export function logDate(ms: number, sep = ' '): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)}${sep}${iso.slice(11, 19)}`;
}
