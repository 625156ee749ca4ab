import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParityMatrix, World } from '../../../core';
import { useShownWorld } from '../hooks';
import { Pager } from '../Pager';
import { pageOf } from '../paging';
import { ScrollRegion } from '../ScrollRegion';
import { ParityFiltersForm } from './ParityFiltersForm';
import { ParityTable } from './ParityTable';
import {
  filterChoices,
  hasParity,
  NO_FILTERS,
  type ParityFilters,
  parityFor,
  visibleColumns,
  visibleRows,
} from './parityModel';

const COLUMNS_PER_PAGE = 6;
/** Up to this many servers the heatmap follows every command; above, it is computed when asked. */
export const AUTO_PARITY_LIMIT = 200;

/**
 * The matrix for `world`, computed after the browser paints (it may take a while on a large fleet) and
 * kept per world and filter; a small fleet's matrix is computed at once. While a large fleet's matrix is
 * computed, the previous one stays on screen.
 */
function useParity(world: World | null, filters: ParityFilters, sync: boolean) {
  const ready = world !== null && (sync || hasParity(world, filters));
  const [result, setResult] = useState<{ world: World; filters: ParityFilters; matrix: ParityMatrix } | null>(
    null,
  );
  useEffect(() => {
    if (!world || ready) return;
    const timer = setTimeout(() => setResult({ world, filters, matrix: parityFor(world, filters) }), 0);
    return () => clearTimeout(timer);
  }, [world, filters, ready]);
  if (world && ready) return { matrix: parityFor(world, filters), computing: false };
  return { matrix: result?.matrix ?? null, computing: world !== null };
}

/** Resource × server: where servers differ from the desired state or from their peers. */
export default function ParityView() {
  const { t } = useTranslation();
  const world = useShownWorld();
  const [filters, setFilters] = useState<ParityFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [requested, setRequested] = useState<World | null>(null);
  const auto = world.order.length <= AUTO_PARITY_LIMIT;
  const target = auto ? world : requested;
  const { matrix, computing } = useParity(target, filters, auto);
  const choices = useMemo(() => filterChoices(world), [world]);
  const rows = matrix ? visibleRows(matrix, filters) : [];
  const allColumns = matrix ? visibleColumns(matrix, rows, filters) : [];
  const columnsPage = pageOf(allColumns.length, page, COLUMNS_PER_PAGE);
  const columns = allColumns.slice(columnsPage.from, columnsPage.to);

  const changeFilters = (next: ParityFilters) => {
    setFilters(next);
    setPage(0);
  };

  return (
    <div className="parity">
      <ParityFiltersForm
        filters={filters}
        envs={choices.envs}
        roles={choices.roles}
        onChange={changeFilters}
      />
      <p className="parity__legend">
        <span className="parity__key parity__cell--desired">
          <span aria-hidden="true">≠</span> {t('dashboard.parity.legendDesired')}
        </span>
        <span className="parity__key parity__cell--peers">
          <span aria-hidden="true">◆</span> {t('dashboard.parity.legendPeers')}
        </span>
        <span className="parity__key">
          <span aria-hidden="true">⇄</span> {t('dashboard.parity.legendCross')}
        </span>
      </p>
      {!auto && (
        <p className="parity__large">
          {t('dashboard.parity.large', { count: world.order.length })}{' '}
          <button type="button" onClick={() => setRequested(world)} disabled={requested === world}>
            {requested ? t('dashboard.parity.recompute') : t('dashboard.parity.compute')}
          </button>
          {requested && requested !== world && <span> {t('dashboard.parity.stale')}</span>}
        </p>
      )}
      <p role="status" className="parity__status">
        {computing ? t('dashboard.parity.computing') : ''}
      </p>
      {matrix && (
        <>
          <Pager
            page={columnsPage}
            total={allColumns.length}
            label={t('dashboard.parity.pages')}
            onPage={setPage}
          />
          <ScrollRegion className="parity__scroll" label={t('dashboard.parity.tableRegion')}>
            <ParityTable
              columns={columns}
              rows={rows}
              caption={t('dashboard.parity.caption', {
                from: columnsPage.from + 1,
                to: columnsPage.to,
                total: allColumns.length,
                rows: rows.length,
              })}
            />
          </ScrollRegion>
          {rows.length === 0 && <p>{t('dashboard.parity.noRows')}</p>}
        </>
      )}
    </div>
  );
}
