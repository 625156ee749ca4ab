import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { World } from '../../core';
import { useAppStore } from '../store';
import { viewOf } from '../store/selectors';
import { edgeServerRow, type FleetRow, fleetGroups, fleetRows, nextServerRow } from './fleetModel';
import { type FleetProgress, useChangeHighlight } from './hooks';
import { ServerRow } from './ServerRow';

const NAV_KEYS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

function RowHeading({ row }: { row: Exclude<FleetRow, { kind: 'server' }> }) {
  const { t } = useTranslation();
  if (row.kind === 'env')
    return (
      <h3 className="fleet-view__env">
        {t('dashboard.fleetView.envHeading', { env: row.env, count: row.count })}
      </h3>
    );
  return (
    <h4 className="fleet-view__role">
      {t('dashboard.fleetView.roleHeading', { role: t(`dashboard.roles.${row.role}`), count: row.count })}
    </h4>
  );
}

export interface FleetViewProps {
  world: World;
  progress: FleetProgress;
}

/**
 * Every server, grouped by environment and role, as a virtualized list: only the rows in view (and the one
 * with focus) are in the page, so a 1,000-server fleet costs what a screenful does. Tab walks the servers;
 * the arrow keys, Page Up/Down, Home and End move between them too.
 */
export function FleetView({ world, progress }: FleetViewProps) {
  const { t } = useTranslation();
  const openDetail = useAppStore((s) => s.openDetail);
  const [problemsOnly, setProblemsOnly] = useState(false);
  const filtering = problemsOnly && progress.complete;
  const groups = fleetGroups(world);
  const rows = useMemo(
    () => fleetRows(groups, filtering ? (host) => viewOf(world, host)?.state !== 'in-sync' : undefined),
    [groups, filtering, world],
  );
  const highlight = useChangeHighlight();
  const scroller = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(-1);
  const pendingFocus = useRef<string | null>(null);

  const keepFocused = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusIndex < 0 || focusIndex >= range.count || indexes.includes(focusIndex)) return indexes;
      return [...indexes, focusIndex].sort((a, b) => a - b);
    },
    [focusIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'server' ? 68 : 34),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
    rangeExtractor: keepFocused,
    initialRect: { width: 360, height: 720 },
  });

  useEffect(() => {
    const host = pendingFocus.current;
    if (!host) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-host="${CSS.escape(host)}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const moveTo = (index: number) => {
    const row = rows[index];
    if (index < 0 || row?.kind !== 'server') return;
    pendingFocus.current = row.host;
    setFocusIndex(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const host = (event.target as HTMLElement).dataset.host;
    if (!host) return;
    const index = rows.findIndex((r) => r.kind === 'server' && r.host === host);
    const step = NAV_KEYS[event.key];
    let target = -1;
    if (step !== undefined) {
      target = nextServerRow(rows, index, Math.sign(step));
      for (let i = 1; i < Math.abs(step) && target >= 0; i++) {
        const further = nextServerRow(rows, target, Math.sign(step));
        if (further < 0) break;
        target = further;
      }
    } else if (event.key === 'Home') target = edgeServerRow(rows, 1);
    else if (event.key === 'End') target = edgeServerRow(rows, -1);
    else return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div className="fleet-view">
      <label className="fleet-view__filter">
        <input
          type="checkbox"
          checked={problemsOnly}
          disabled={!progress.complete}
          onChange={(event) => setProblemsOnly(event.target.checked)}
        />{' '}
        {t('dashboard.fleetView.problemsOnly')}
      </label>
      {filtering && rows.length === 0 && (
        <p className="fleet-view__empty">{t('dashboard.fleetView.noProblems')}</p>
      )}
      <section
        ref={scroller}
        className="fleet-view__scroll"
        aria-label={t('dashboard.fleetView.label')}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const host = (event.target as HTMLElement).dataset.host;
          if (host) setFocusIndex(rows.findIndex((r) => r.kind === 'server' && r.host === host));
        }}
      >
        <div className="fleet-view__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const view = row.kind === 'server' ? viewOf(world, row.host) : undefined;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="fleet-view__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind !== 'server' ? (
                  <RowHeading row={row} />
                ) : (
                  view && (
                    <ServerRow
                      view={view}
                      changed={highlight.hosts.has(row.host) ? highlight.parity : null}
                      onOpen={openDetail}
                    />
                  )
                )}
              </div>
            );
          })}
        </div>
      </section>
    </div>
  );
}
