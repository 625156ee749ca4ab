/**
 * CSV for spreadsheets (RFC 4180, CRLF, a UTF-8 byte order mark so accents survive Excel). A text cell that
 * a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, so a learner's name like `=HYPERLINK(...)` stays text.
 */
import { CONTROL_BUT_WHITESPACE } from './controlChars';

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const clean = value.replace(CONTROL_BUT_WHITESPACE, '');
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
