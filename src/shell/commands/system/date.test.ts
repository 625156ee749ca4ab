import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';
import { parseDate } from './date';
import { strftime } from './strftime';

const start = freshShell();
const NOW = Date.UTC(2026, 10, 29, 9, 0, 5);

describe('date', () => {
  it('prints the simulated clock in UTC, in date’s default format', () => {
    expect(run(start, 'date').stdout).toBe('Sun Nov 29 09:00:05 UTC 2026\n');
    expect(run(start, 'date -u').stdout).toBe('Sun Nov 29 09:00:05 UTC 2026\n');
  });

  it('formats +FORMAT with the common conversions', () => {
    expect(run(start, 'date +%F').stdout).toBe('2026-11-29\n');
    expect(run(start, "date '+%Y-%m-%d %H:%M:%S %Z (%a %b %e) %j %s'").stdout).toBe(
      `2026-11-29 09:00:05 UTC (Sun Nov 29) 333 ${NOW / 1000}\n`,
    );
    expect(strftime(Date.UTC(2026, 0, 4, 15, 7, 9), '%D %T %r %p %I %l %k %u %w %V %G %-d %_m %^a %%')).toBe(
      '01/04/26 15:07:09 03:07:09 PM PM 03  3 15 7 0 01 2026 4  1 SUN %',
    );
    expect(strftime(NOW, '%Q %')).toBe('%Q %');
  });

  it('reads dates with -d: epochs, ISO dates and relative times', () => {
    expect(run(start, 'date -d @0').stdout).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
    expect(run(start, 'date -d 2026-01-31 +%A').stdout).toBe('Saturday\n');
    expect(run(start, "date -d '2 days ago' +%F").stdout).toBe('2026-11-27\n');
    expect(run(start, 'date -d yesterday +%F').stdout).toBe('2026-11-28\n');
    expect(parseDate('next month', NOW)).toBeUndefined();
    expect(parseDate('2026-02-30', NOW)).toBeUndefined();
    expect(run(start, 'date -d banana')).toMatchObject({
      stderr: 'date: invalid date ‘banana’\n',
      exitCode: 1,
    });
  });

  it('prints ISO 8601 and RFC 5322 forms', () => {
    expect(run(start, 'date -I').stdout).toBe('2026-11-29\n');
    expect(run(start, 'date -Iseconds').stdout).toBe('2026-11-29T09:00:05+00:00\n');
    expect(run(start, 'date -R').stdout).toBe('Sun, 29 Nov 2026 09:00:05 +0000\n');
    expect(run(start, 'date --rfc-3339=seconds').stdout).toBe('2026-11-29 09:00:05+00:00\n');
  });

  it('shows a file’s modification time with -r', () => {
    expect(run(start, 'touch notes', 'date -r notes +%T').stdout).toBe('09:00:05\n');
  });

  it('refuses operands that are not formats', () => {
    expect(run(start, 'date 0101').stderr).toBe('date: invalid date ‘0101’\n');
    expect(run(start, 'date +%F +%T').stderr).toBe(
      "date: extra operand ‘+%T’\nTry 'date --help' for more information.\n",
    );
  });
});
