import { useTranslation } from 'react-i18next';
import type { ParityColumn, ParityRow } from '../../../core';
import { cellMark, MARK_SYMBOLS } from './parityModel';

function CellContent({ row, host }: { row: ParityRow; host: string }) {
  const { t } = useTranslation();
  const cell = row.cells[host];
  const mark = cellMark(cell);
  const value = cell?.value ?? null;
  return (
    <td className={`parity__cell parity__cell--${mark}`} data-mark={mark}>
      {mark !== 'same' && (
        <span className="parity__symbol" aria-hidden="true">
          {MARK_SYMBOLS[mark]}{' '}
        </span>
      )}
      {value ?? (
        <>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('dashboard.parity.absent')}</span>
        </>
      )}
      {(mark === 'desired' || mark === 'both') && (
        <span className="visually-hidden">
          {' '}
          {t('dashboard.parity.differsFromDesired', {
            desired: cell?.desired ?? t('dashboard.parity.absent'),
          })}
        </span>
      )}
      {(mark === 'peers' || mark === 'both') && (
        <span className="visually-hidden"> {t('dashboard.parity.differsFromPeers')}</span>
      )}
    </td>
  );
}

export interface ParityTableProps {
  columns: readonly ParityColumn[];
  rows: readonly ParityRow[];
  caption: string;
}

/** The heatmap as a real table: resources in row headers, servers in column headers. */
export function ParityTable({ columns, rows, caption }: ParityTableProps) {
  const { t } = useTranslation();
  return (
    <table className="parity__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.parity.resource')}</th>
          {columns.map((c) => (
            <th key={c.host} scope="col">
              <span className="parity__host">{c.host}</span>
              <span className="parity__group">
                {c.env} · {t(`dashboard.roles.${c.role}`)}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.resource}>
            <th scope="row">
              {row.resource}
              {row.crossEnv && (
                <span className="parity__cross">
                  <span aria-hidden="true"> ⇄</span>
                  <span className="visually-hidden"> {t('dashboard.parity.crossEnv')}</span>
                </span>
              )}
            </th>
            {columns.map((c) => (
              <CellContent key={c.host} row={row} host={c.host} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
