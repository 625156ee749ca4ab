/** GNU date's `+FORMAT` in the C locale, for UTC (the fleet's timezone). */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DAY_MS = 86_400_000;

/** ISO 8601 week number and week-based year. */
function isoWeek(d: Date): { week: number; year: number } {
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { week, year };
}

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
}

type Field = { value: string | number; pad: '0' | ' ' | ''; width: number };

function num(value: number, width = 2, pad: '0' | ' ' = '0'): Field {
  return { value, pad, width };
}

function text(value: string): Field {
  return { value, pad: '', width: 0 };
}

type Conversion = (d: Date) => Field;

const hour12 = (d: Date) => d.getUTCHours() % 12 || 12;

/** Each conversion's value; an unknown one is printed as typed. */
const CONVERSIONS: Readonly<Record<string, Conversion>> = {
  a: (d) => text((DAYS[d.getUTCDay()] ?? '').slice(0, 3)),
  A: (d) => text(DAYS[d.getUTCDay()] ?? ''),
  b: (d) => text((MONTHS[d.getUTCMonth()] ?? '').slice(0, 3)),
  h: (d) => text((MONTHS[d.getUTCMonth()] ?? '').slice(0, 3)),
  B: (d) => text(MONTHS[d.getUTCMonth()] ?? ''),
  c: (d) => text(strftime(d.getTime(), '%a %b %e %H:%M:%S %Y')),
  C: (d) => num(Math.floor(d.getUTCFullYear() / 100)),
  d: (d) => num(d.getUTCDate()),
  D: (d) => text(strftime(d.getTime(), '%m/%d/%y')),
  x: (d) => text(strftime(d.getTime(), '%m/%d/%y')),
  e: (d) => num(d.getUTCDate(), 2, ' '),
  F: (d) => text(strftime(d.getTime(), '%Y-%m-%d')),
  g: (d) => num(isoWeek(d).year % 100),
  G: (d) => num(isoWeek(d).year, 4),
  H: (d) => num(d.getUTCHours()),
  I: (d) => num(hour12(d)),
  j: (d) => num(dayOfYear(d), 3),
  k: (d) => num(d.getUTCHours(), 2, ' '),
  l: (d) => num(hour12(d), 2, ' '),
  m: (d) => num(d.getUTCMonth() + 1),
  M: (d) => num(d.getUTCMinutes()),
  n: () => text('\n'),
  N: (d) => num((((d.getTime() % 1000) + 1000) % 1000) * 1_000_000, 9),
  p: (d) => text(d.getUTCHours() < 12 ? 'AM' : 'PM'),
  P: (d) => text(d.getUTCHours() < 12 ? 'am' : 'pm'),
  q: (d) => num(Math.floor(d.getUTCMonth() / 3) + 1, 1),
  r: (d) => text(strftime(d.getTime(), '%I:%M:%S %p')),
  R: (d) => text(strftime(d.getTime(), '%H:%M')),
  s: (d) => num(Math.floor(d.getTime() / 1000), 1),
  S: (d) => num(d.getUTCSeconds()),
  t: () => text('\t'),
  T: (d) => text(strftime(d.getTime(), '%H:%M:%S')),
  X: (d) => text(strftime(d.getTime(), '%H:%M:%S')),
  u: (d) => num(d.getUTCDay() || 7, 1),
  U: (d) => num(Math.floor((dayOfYear(d) + 6 - d.getUTCDay()) / 7)),
  V: (d) => num(isoWeek(d).week),
  w: (d) => num(d.getUTCDay(), 1),
  W: (d) => num(Math.floor((dayOfYear(d) + 6 - ((d.getUTCDay() + 6) % 7)) / 7)),
  y: (d) => num(d.getUTCFullYear() % 100),
  Y: (d) => num(d.getUTCFullYear(), 1),
  z: () => text('+0000'),
  ':z': () => text('+00:00'),
  '::z': () => text('+00:00:00'),
  Z: () => text('UTC'),
  '%': () => text('%'),
};

function render(field: Field, flag: string, width: number | undefined): string {
  let value = String(field.value);
  if (flag === '^') value = value.toUpperCase();
  if (flag === '#') value = /[a-z]/.test(value) ? value.toUpperCase() : value.toLowerCase();
  const pad = flag === '-' ? '' : flag === '_' ? ' ' : flag === '0' ? '0' : field.pad;
  const size = width ?? (pad ? field.width : 0);
  if (!pad && width === undefined) return value;
  return value.padStart(size, pad || ' ');
}

/** Formats `ms` (UTC) with GNU date's conversions, flags (`-_0^#`) and field widths. */
export function strftime(ms: number, format: string): string {
  const d = new Date(ms);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const m = /^([-_0^#]?)(\d*)(:{0,2}[a-zA-Z%])/.exec(format.slice(i + 1));
    const field = m ? CONVERSIONS[m[3] as string]?.(d) : undefined;
    if (!m || !field) {
      out += '%';
      continue;
    }
    out += render(field, m[1] as string, m[2] ? Number(m[2]) : undefined);
    i += m[0].length;
  }
  return out;
}
