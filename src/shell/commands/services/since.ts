/** The timestamps journalctl's `--since`/`--until` accept (systemd.time(7)), against the world clock in UTC. */

const UNITS: Readonly<Record<string, number>> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
  w: 604_800_000,
  week: 604_800_000,
  weeks: 604_800_000,
};

const DAY = 86_400_000;

function clock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h < 24 && min < 60 && s < 60 ? ((h * 60 + min) * 60 + s) * 1000 : undefined;
}

/** Simulated ms for a journalctl timestamp, or undefined when systemd would not parse it. */
export function parseSince(raw: string, now: number): number | undefined {
  const text = raw.trim();
  const midnight = now - (now % DAY);
  const named: Record<string, number> = {
    now,
    today: midnight,
    yesterday: midnight - DAY,
    tomorrow: midnight + DAY,
  };
  if (Object.hasOwn(named, text)) return named[text];
  const relative = /^([+-])?\s*(\d+)\s*([a-z]+)(\s+ago)?$/.exec(text);
  if (relative) {
    const unit = UNITS[relative[3] ?? ''];
    if (unit === undefined) return undefined;
    const sign = relative[1] === '-' || relative[4] ? -1 : 1;
    return now + sign * Number(relative[2]) * unit;
  }
  const time = clock(text);
  if (time !== undefined) return midnight + time;
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](.+))?$/.exec(text);
  if (!date) return undefined;
  const day = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  if (Number.isNaN(day)) return undefined;
  if (date[4] === undefined) return day;
  const at = clock(date[4]);
  return at === undefined ? undefined : day + at;
}
