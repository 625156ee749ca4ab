/** HTTP's `Date:` format (IMF-fixdate, RFC 9110) from the world clock, without the platform's Date. */

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** Civil date from days since 1970-01-01 (Howard Hinnant's algorithm). */
function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

const two = (n: number) => String(n).padStart(2, '0');

/** e.g. `Sun, 29 Nov 2026 09:00:00 GMT`. */
export function httpDate(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const { year, month, day } = civil(days);
  const secs = Math.floor((ms - days * DAY_MS) / 1000);
  const time = `${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}`;
  const weekday = DAYS[((days % 7) + 7) % 7];
  return `${weekday}, ${two(day)} ${MONTHS[month - 1]} ${year} ${time} GMT`;
}
