import type { Proc } from './processes';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** ps' START/STIME: `09:00` today, `Oct19` this year, else the year. */
export function startLabel(started: number, now: number): string {
  const d = new Date(started);
  if (now - started < 86_400_000) return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  if (d.getUTCFullYear() === new Date(now).getUTCFullYear())
    return `${MONTHS[d.getUTCMonth()]}${pad2(d.getUTCDate())}`;
  return String(d.getUTCFullYear());
}

/** BSD-style cumulative CPU time, `M:SS`. */
export function bsdTime(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${pad2(s % 60)}`;
}

/** UNIX-style cumulative CPU time, `[DD-]HH:MM:SS`. */
export function unixTime(seconds: number): string {
  const s = Math.floor(seconds);
  const days = Math.floor(s / 86_400);
  const clock = `${pad2(Math.floor(s / 3600) % 24)}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  return days ? `${days}-${clock}` : clock;
}

/** top's TIME+, `M:SS.hh`. */
export function topTime(seconds: number): string {
  const hundredths = Math.floor(seconds * 100);
  const s = Math.floor(hundredths / 100);
  return `${Math.floor(s / 60)}:${pad2(s % 60)}.${pad2(hundredths % 100)}`;
}

/** Share of one CPU used since the process started, as ps computes %CPU. */
export function cpuPercent(p: Proc, now: number): number {
  const alive = Math.max(1, (now - p.started) / 1000);
  return Math.min(99.9, (p.cpuSeconds / alive) * 100);
}

export function memPercent(p: Proc, total: number): number {
  return (p.rss / total) * 100;
}
