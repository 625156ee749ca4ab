const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Sun 2026-11-29 12:00:00 UTC`, the way systemd prints timestamps (simulated servers run in UTC). */
export function systemdTimestamp(ms: number): string {
  const d = new Date(ms);
  const iso = d.toISOString();
  return `${DAYS[d.getUTCDay()]} ${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** `2h 3min ago`, systemd's relative time: the two largest units. */
export function systemdAgo(deltaMs: number): string {
  const s = Math.max(0, Math.floor(deltaMs / 1000));
  const units: [string, number][] = [
    ['day', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [label, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0 && parts.length < 2) {
      parts.push(label === 'day' ? `${n} day${n > 1 ? 's' : ''}` : `${n}${label}`);
      rest -= n * size;
    }
  }
  return `${parts.length ? parts.join(' ') : '0s'} ago`;
}
