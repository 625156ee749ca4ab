/**
 * The journal as journalctl and `systemctl status` print it: `Nov 29 09:00:05 web-01 systemd[1]: …` lines
 * from each unit's journal, systemd's own lines told apart from the unit's, and `-x` catalog text.
 */
import type { JournalLine, Server } from '../../../core';
import { safeTerminalText } from '../../format/safeText';
import type { LongOption } from '../../text/getopt';
import type { CommandResult } from '../../types';
import { isResult, type Options, parseOptions, stableHash } from '../cli';
import { shapesOf } from '../system/procShapes';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** journalctl's short timestamp, `Nov 29 09:00:05` (servers run in UTC). */
export function journalTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export interface Entry extends JournalLine {
  unit: string;
}

/** Lines systemd itself logs about a unit (the rest come from the unit's process). */
function fromSystemd(unit: string, message: string): boolean {
  return (
    message.startsWith(`${unit}.service: `) ||
    /^(Starting|Started|Stopping|Stopped|Reloading|Reloaded|Reload failed for|Failed to start) /.test(message)
  );
}

/** The syslog identifier and PID in front of a line: `systemd[1]`, or the unit's program with a stable PID. */
function identifier(server: Server, entry: Entry): string {
  if (fromSystemd(entry.unit, entry.message)) return 'systemd[1]';
  const comm = shapesOf(server, entry.unit)[0]?.comm ?? entry.unit;
  const pid = 300 + (stableHash(`${server.hostname}:${entry.unit}:${entry.time}`) % 30_000);
  return `${comm}[${pid}]`;
}

export function formatEntry(server: Server, entry: Entry, hostname = true): string {
  const host = hostname ? ` ${server.hostname}` : '';
  return `${journalTime(entry.time)}${host} ${identifier(server, entry)}: ${safeTerminalText(entry.message)}`;
}

/** Every unit's lines (or the named units'), oldest first; ties keep unit order. */
export function entriesOf(server: Server, units?: readonly string[]): Entry[] {
  const names = units ?? Object.keys(server.services).sort();
  const out: Entry[] = [];
  for (const unit of names)
    for (const line of server.services[unit]?.journal ?? []) out.push({ ...line, unit });
  return out.sort((a, b) => a.time - b.time);
}

/** Debian lets root and the `adm` and `systemd-journal` groups read the system journal. */
export function canReadJournal(server: Server, user: string): boolean {
  if (user === 'root') return true;
  const groups = server.users[user]?.groups ?? [];
  return groups.includes('adm') || groups.includes('systemd-journal');
}

function jobId(server: Server, entry: Entry): number {
  return 100 + (stableHash(`${server.hostname}:${entry.unit}:${entry.time}:job`) % 9000);
}

/** journalctl -x: the message catalog's explanation after the lines that have one. */
export function catalog(server: Server, entry: Entry): string[] {
  const u = `${entry.unit}.service`;
  const m = entry.message;
  const job = jobId(server, entry);
  let subject: string | undefined;
  let body: string[] = [];
  if (m.startsWith('Started ')) {
    subject = `A start job for unit ${u} has finished successfully`;
    body = [`A start job for unit ${u} has finished successfully.`, '', `The job identifier is ${job}.`];
  } else if (m.startsWith('Starting ')) {
    subject = `A start job for unit ${u} has begun execution`;
    body = [`A start job for unit ${u} has begun execution.`, '', `The job identifier is ${job}.`];
  } else if (m.startsWith('Failed to start ')) {
    subject = `A start job for unit ${u} has failed`;
    body = [
      `A start job for unit ${u} has finished with a failure.`,
      '',
      `The job identifier is ${job} and the job result is failed.`,
    ];
  } else if (m.startsWith('Stopped ')) {
    subject = `A stop job for unit ${u} has finished`;
    body = [
      `A stop job for unit ${u} has finished.`,
      '',
      `The job identifier is ${job} and the job result is done.`,
    ];
  } else if (m === `${u}: Deactivated successfully.`) {
    subject = 'Unit succeeded';
    body = [`The unit ${u} has successfully entered the 'dead' state.`];
  } else if (m.startsWith(`${u}: Failed with result `)) {
    const result = /'([^']+)'/.exec(m)?.[1] ?? 'exit-code';
    subject = 'Unit failed';
    body = [`The unit ${u} has entered the 'failed' state with result '${result}'.`];
  } else if (/: (Control|Main) process exited, code=exited, status=(\d+)/.test(m)) {
    const status = /status=(\d+)/.exec(m)?.[1] ?? '1';
    const which = m.includes('Control process') ? 'An ExecStartPre= process' : 'The process';
    subject = 'Unit process exited';
    body = [
      `${which} belonging to unit ${u} has exited.`,
      '',
      `The process' exit code is 'exited' and its exit status is ${status}.`,
    ];
  }
  if (subject === undefined) return [];
  return [
    `Subject: ${subject}`,
    'Defined-By: systemd',
    'Support: https://www.debian.org/support',
    '',
    ...body,
  ].map((l) => `░░ ${l}`);
}

/**
 * getopt_long as systemd 252's tools use it: their error lines without a `Try …` hint, `-h`/`--help` and
 * `--version` answered, `--no-pager` and `--system` accepted everywhere.
 */
export function systemdOptions(
  prog: string,
  args: readonly string[],
  spec: { short: string; long: readonly LongOption[] },
  help: string,
): Options | CommandResult {
  const common: LongOption[] = [
    { name: 'help', key: 'h' },
    { name: 'version' },
    { name: 'no-pager' },
    { name: 'system' },
  ];
  const opts = parseOptions(prog, args, {
    short: `h${spec.short}`,
    long: [...common, ...spec.long],
    help,
    tail: '',
  });
  if (isResult(opts)) return opts;
  if (opts.has('h')) return { stdout: help, stderr: '', exitCode: 0 };
  if (opts.has('version')) return { stdout: 'systemd 252 (252.19-1~deb12u1)\n', stderr: '', exitCode: 0 };
  return opts;
}
