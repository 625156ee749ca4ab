import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type FleetListProps, FleetRowContent, keyTargetOf } from './fleetRows';

/**
 * The fleet list for large fleets, virtualized: only the rows in view (and the one with focus) are in the
 * page, so a 1,000-server fleet costs what a screenful does. A chunk of its own, with the virtualizer: the
 * default fleet is drawn whole by `PlainFleetList`.
 */
export default function VirtualFleetList({ rows, world, label, highlight, onOpen }: FleetListProps) {
  const scroller = useRef<HTMLElement>(null);
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

  // A row moved to by the keyboard may only be drawn after the scroll: focus it once it is in the page.
  useEffect(() => {
    const host = pendingFocus.current;
    if (!host) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-host="${CSS.escape(host)}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  return (
    <section
      ref={scroller}
      className="fleet-view__scroll"
      aria-label={label}
      onKeyDown={(event) => {
        const index = keyTargetOf(rows, event) ?? -1;
        const row = rows[index];
        if (row?.kind !== 'server') return;
        pendingFocus.current = row.host;
        setFocusIndex(index);
        virtualizer.scrollToIndex(index, { align: 'auto' });
      }}
      onFocus={(event) => {
        const host = (event.target as HTMLElement).dataset.host;
        if (host) setFocusIndex(rows.findIndex((r) => r.kind === 'server' && r.host === host));
      }}
    >
      <div className="fleet-view__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="fleet-view__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <FleetRowContent row={row} world={world} highlight={highlight} onOpen={onOpen} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
