import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { findMission } from '../../content';
import type { Locale } from '../../i18n';
import type { ClassCell, ClassTable, LearnerRow, Sort, SortColumn } from './classTable';
import { rowLabel } from './classTable';

const ICONS = { solved: '✓', 'in-progress': '…', 'not-started': '—' } as const;

function Cell({ cell }: { cell: ClassCell | undefined }) {
  const { t } = useTranslation();
  const status = cell?.status ?? 'not-started';
  return (
    <td className={`class-cell class-cell--${status}`}>
      <span className="class-cell__status">
        <span aria-hidden="true">{ICONS[status]} </span>
        {t(`grading.status.${status}`)}
      </span>
      {cell && (
        <span className="class-cell__facts">
          {t('grading.class.cellFacts', {
            attempts: cell.attempts,
            hints: cell.hintsUsed,
            minutes: Math.round(cell.seconds / 60),
          })}
          {cell.solutionRevealed && `, ${t('grading.class.solutionShown')}`}
        </span>
      )}
    </td>
  );
}

/** One learner; memoized, so sorting only moves rows (the rows and the mission list keep their identity). */
const Row = memo(function Row({ row, missions }: { row: LearnerRow; missions: readonly string[] }) {
  return (
    <tr>
      <th scope="row">
        <span className="class-learner">{rowLabel(row)}</span>
        <span className="class-file">{row.fileName}</span>
      </th>
      {missions.map((id) => (
        <Cell key={id} cell={row.cells.get(id)} />
      ))}
      <td className="class-num">{row.solved}</td>
      <td className="class-num">{row.hints}</td>
      <td className="class-num">{Math.round(row.seconds / 60)}</td>
    </tr>
  );
});

interface HeaderProps {
  column: SortColumn;
  label: string;
  sort: Sort;
  onSort(sort: Sort): void;
}

/** A column header that sorts: a button inside the header cell, `aria-sort` on the sorted column only. */
function SortHeader({ column, label, sort, onSort }: HeaderProps) {
  const active = sort.column === column;
  const next = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button type="button" className="class-sort" onClick={() => onSort({ column, direction: next })}>
        {label}
        <span aria-hidden="true" className="class-sort__arrow">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

interface Props {
  table: ClassTable;
  rows: readonly LearnerRow[];
  sort: Sort;
  locale: Locale;
  onSort(sort: Sort): void;
}

/** Learners down, missions across; every header sorts, the learner's name heads each row. */
export function ClassTableView({ table, rows, sort, locale, onSort }: Props) {
  const { t } = useTranslation();
  const header = (column: SortColumn, label: string) => (
    <SortHeader key={column} column={column} label={label} sort={sort} onSort={onSort} />
  );
  return (
    <div className="class-table-wrap">
      <table className="class-table" data-testid="class-table">
        <caption id="class-caption">{t('grading.class.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            {header('name', t('grading.class.col.learner'))}
            {table.missions.map((id) => header(`mission:${id}`, findMission(id)?.title[locale] ?? id))}
            {header('solved', t('grading.class.col.solved'))}
            {header('hints', t('grading.class.col.hints'))}
            {header('time', t('grading.class.col.time'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} missions={table.missions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
