import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n';
import { type ClassTable, type LearnerRow, missionColumnTitle } from './classTable';
import { type CsvValue, toCsv } from './csv';

/**
 * The class as CSV: one row per learner (in the order shown), and per mission its status, attempts, hints,
 * whether the solution was shown, and minutes; then the learner's totals. Headers in the UI's language.
 */
export function classCsv(
  table: ClassTable,
  rows: readonly LearnerRow[],
  t: TFunction,
  locale: Locale,
): string {
  const header: CsvValue[] = [
    t('grading.class.col.learner'),
    t('grading.class.col.file'),
    t('grading.md.seed'),
  ];
  for (const id of table.missions) {
    const title = missionColumnTitle(table, id, locale);
    header.push(
      `${title}: ${t('grading.md.col.status')}`,
      `${title}: ${t('grading.md.col.attempts')}`,
      `${title}: ${t('grading.md.col.hintsCol')}`,
      `${title}: ${t('grading.md.col.solution')}`,
      `${title}: ${t('grading.class.col.minutes')}`,
    );
  }
  header.push(t('grading.class.col.solved'), t('grading.class.col.hints'), t('grading.class.col.minutes'));
  const body = rows.map((row) => {
    const cells: CsvValue[] = [row.name ?? t('grading.anonymous'), row.fileName, row.seed];
    for (const id of table.missions) {
      const cell = row.cells.get(id);
      if (!cell) cells.push(t('grading.status.not-started'), 0, 0, t('grading.no'), 0);
      else
        cells.push(
          t(`grading.status.${cell.status}`),
          cell.attempts,
          cell.hintsUsed,
          cell.solutionRevealed ? t('grading.yes') : t('grading.no'),
          Math.round(cell.seconds / 60),
        );
    }
    cells.push(row.solved, row.hints, Math.round(row.seconds / 60));
    return cells;
  });
  return toCsv([header, ...body]);
}
