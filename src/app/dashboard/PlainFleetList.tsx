import { useRef } from 'react';
import { type FleetListProps, FleetRowContent, keyTargetOf } from './fleetRows';

/**
 * The fleet list as plain rows, for fleets small enough to draw whole (the lab's default fleet): no
 * virtualizer to download, and the browser scrolls a focused row into view by itself.
 */
export function PlainFleetList({ rows, world, label, highlight, onOpen }: FleetListProps) {
  const scroller = useRef<HTMLElement>(null);
  return (
    <section
      ref={scroller}
      className="fleet-view__scroll"
      aria-label={label}
      onKeyDown={(event) => {
        const row = rows[keyTargetOf(rows, event) ?? -1];
        if (row?.kind !== 'server') return;
        scroller.current?.querySelector<HTMLButtonElement>(`[data-host="${CSS.escape(row.host)}"]`)?.focus();
      }}
    >
      {rows.map((row) => (
        <div key={row.key} className="fleet-view__item fleet-view__item--plain">
          <FleetRowContent row={row} world={world} highlight={highlight} onOpen={onOpen} />
        </div>
      ))}
    </section>
  );
}
