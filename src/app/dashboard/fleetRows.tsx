import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { World } from '../../core';
import { viewOf } from '../store/selectors';
import { edgeServerRow, type FleetRow, nextServerRow } from './fleetModel';
import type { useChangeHighlight } from './hooks';
import { ServerRow } from './ServerRow';

/** What both fleet lists (plain and virtualized) draw and how they move between servers. */
export interface FleetListProps {
  rows: readonly FleetRow[];
  world: World;
  label: string;
  highlight: ReturnType<typeof useChangeHighlight>;
  onOpen(host: string): void;
}

const NAV_KEYS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/**
 * The row a key moves to from the server row `index`: arrows one server, Page Up/Down ten, Home and End
 * the first and last; -1 when there is none, null when the key does not move.
 */
export function keyTarget(rows: readonly FleetRow[], index: number, key: string): number | null {
  const step = NAV_KEYS[key];
  if (step !== undefined) {
    let target = nextServerRow(rows, index, Math.sign(step));
    for (let i = 1; i < Math.abs(step) && target >= 0; i++) {
      const further = nextServerRow(rows, target, Math.sign(step));
      if (further < 0) break;
      target = further;
    }
    return target;
  }
  if (key === 'Home') return edgeServerRow(rows, 1);
  if (key === 'End') return edgeServerRow(rows, -1);
  return null;
}

/** For a list's `onKeyDown`: the row to move to, with the key's default prevented; else null. */
export function keyTargetOf(rows: readonly FleetRow[], event: KeyboardEvent<HTMLElement>): number | null {
  const host = (event.target as HTMLElement).dataset.host;
  if (!host) return null;
  const index = rows.findIndex((r) => r.kind === 'server' && r.host === host);
  const target = keyTarget(rows, index, event.key);
  if (target === null) return null;
  event.preventDefault();
  return target;
}

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

/** One row of the fleet list: an environment or role heading, or a server. */
export function FleetRowContent({
  row,
  world,
  highlight,
  onOpen,
}: { row: FleetRow } & Pick<FleetListProps, 'world' | 'highlight' | 'onOpen'>) {
  if (row.kind !== 'server') return <RowHeading row={row} />;
  const view = viewOf(world, row.host);
  if (!view) return null;
  return (
    <ServerRow
      view={view}
      changed={highlight.hosts.has(row.host) ? highlight.parity : null}
      onOpen={onOpen}
    />
  );
}
