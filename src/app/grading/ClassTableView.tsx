import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n';
import type { ClassCell, ClassTable, LearnerRow, Sort, SortColumn } from './classTable';
import { missionColumnTitle, rowLabel } from './classTable';

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

interface RowProps {
  row: LearnerRow;
  missions: readonly string[];
  index: number;
  measure(element: HTMLTableRowElement | null): void;
}

/** One learner; memoized, so scrolling redraws only the rows that come into view. */
const Row = memo(function Row({ row, missions, index, measure }: RowProps) {
  return (
    // The header is row 1 of `aria-rowcount`; `data-index` tells the virtualizer which row it measures.
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
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

/** Rem widths of the columns: fixed, so the columns keep their width while rows come and go on scrolling. */
const WIDTH = { learner: 13, mission: 10, total: 7.5 };

/**
 * Learners down, missions across; every header sorts, the learner's name heads each row. Virtualized: only
 * the rows in view (and a few around) are in the page, so 500 learners sort and scroll as 20 do; the table
 * keeps its roles, and `aria-rowcount`/`aria-rowindex` tell a screen reader where each row is in the whole.
 * The table's box is the scroller (focusable, for the keyboard), so its header sticks while rows scroll.
 */
export function ClassTableView({ table, rows, sort, locale, onSort }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the first row starts in the scroller: below the caption and the header.
  const [bodyTop, setBodyTop] = useState(0);
  useLayoutEffect(() => setBodyTop(body.current?.offsetTop ?? 0));
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 68,
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    scrollMargin: bodyTop,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? bodyTop) - bodyTop;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? bodyTop) - bodyTop);
  const columns = table.missions.length + 4;
  const header = (column: SortColumn, label: string) => (
    <SortHeader key={column} column={column} label={label} sort={sort} onSort={onSort} />
  );
  const spacer = (height: number) =>
    height > 0 && (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row holding the height of the rows not drawn; nothing in it takes focus
      <tr aria-hidden="true" className="class-spacer">
        <td colSpan={columns} style={{ height }} />
      </tr>
    );
  const width = WIDTH.learner + WIDTH.mission * table.missions.length + WIDTH.total * 3;
  return (
    <section
      ref={scroller}
      className="class-table-wrap"
      aria-labelledby="class-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
      tabIndex={0}
      data-testid="class-scroller"
      onKeyDown={(event) => {
        // The browser's own Home/End aim at a height that grows as rows are measured; the virtualizer's
        // scroll lands on the first or last learner however tall the rows turn out.
        if (event.target !== event.currentTarget || (event.key !== 'Home' && event.key !== 'End')) return;
        event.preventDefault();
        if (event.key === 'Home') virtualizer.scrollToOffset(0);
        else virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
      }}
    >
      <table
        className="class-table"
        data-testid="class-table"
        aria-rowcount={rows.length + 1}
        style={{ width: `${width}rem` }}
      >
        <caption id="class-caption">{t('grading.class.caption', { count: rows.length })}</caption>
        <colgroup>
          <col style={{ width: `${WIDTH.learner}rem` }} />
          {table.missions.map((id) => (
            <col key={id} style={{ width: `${WIDTH.mission}rem` }} />
          ))}
          <col span={3} style={{ width: `${WIDTH.total}rem` }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {header('name', t('grading.class.col.learner'))}
            {table.missions.map((id) => header(`mission:${id}`, missionColumnTitle(table, id, locale)))}
            {header('solved', t('grading.class.col.solved'))}
            {header('hints', t('grading.class.col.hints'))}
            {header('time', t('grading.class.col.time'))}
          </tr>
        </thead>
        <tbody ref={body}>
          {spacer(before)}
          {items.map((item) => {
            const row = rows[item.index];
            return (
              row && (
                <Row
                  key={item.key}
                  row={row}
                  missions={table.missions}
                  index={item.index}
                  measure={virtualizer.measureElement}
                />
              )
            );
          })}
          {spacer(after)}
        </tbody>
      </table>
    </section>
  );
}
