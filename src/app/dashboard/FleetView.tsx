import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { World } from '../../core';
import { useAppStore } from '../store';
import { viewOf } from '../store/selectors';
import { fleetGroups, fleetRows } from './fleetModel';
import type { FleetListProps } from './fleetRows';
import { type FleetProgress, useChangeHighlight } from './hooks';
import { PlainFleetList } from './PlainFleetList';

const VirtualFleetList = lazy(() => import('./VirtualFleetList'));

/** Lists up to this many rows (servers and headings) are drawn whole; longer ones are virtualized. */
export const PLAIN_ROWS_MAX = 120;

export interface FleetViewProps {
  world: World;
  progress: FleetProgress;
}

/**
 * Every server, grouped by environment and role. Tab walks the servers; the arrow keys, Page Up/Down, Home
 * and End move between them too. Small fleets are plain rows; large ones a virtualized list (its own chunk),
 * shown as its first rows while that loads.
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
  const list: FleetListProps = {
    rows,
    world,
    label: t('dashboard.fleetView.label'),
    highlight,
    onOpen: openDetail,
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
      {rows.length <= PLAIN_ROWS_MAX ? (
        <PlainFleetList {...list} />
      ) : (
        <Suspense fallback={<PlainFleetList {...list} rows={rows.slice(0, PLAIN_ROWS_MAX)} />}>
          <VirtualFleetList {...list} />
        </Suspense>
      )}
    </div>
  );
}
