import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { frotaGrandeWorld, frotaWorld } from '../../core';
import { initI18n } from '../../i18n';
import { PLAIN_ROWS_MAX } from './FleetView';
import { fleetGroups, fleetRows } from './fleetModel';
import { keyTarget } from './fleetRows';
import { PlainFleetList } from './PlainFleetList';

const now = Date.UTC(2026, 10, 29, 9);
const world = frotaWorld({ seed: 1, now });
const rows = fleetRows(fleetGroups(world));
const servers = rows.flatMap((row, index) => (row.kind === 'server' ? [index] : []));
const noHighlight = { hosts: new Set<string>(), parity: 'a' as const };

describe('the fleet list', () => {
  it('moves between server rows only, by one, by ten, and to either end', () => {
    const [first, second] = servers;
    const last = servers[servers.length - 1];
    if (first === undefined || second === undefined || last === undefined) throw new Error('fixture');
    expect(keyTarget(rows, first, 'ArrowDown')).toBe(second);
    expect(keyTarget(rows, second, 'ArrowUp')).toBe(first);
    expect(keyTarget(rows, first, 'ArrowUp')).toBe(-1);
    expect(keyTarget(rows, first, 'PageDown')).toBe(servers[Math.min(10, servers.length - 1)]);
    expect(keyTarget(rows, last, 'Home')).toBe(first);
    expect(keyTarget(rows, first, 'End')).toBe(last);
    expect(keyTarget(rows, first, 'a')).toBeNull();
  });

  it('draws the default fleet whole, every server a button, without the virtualizer', () => {
    expect(rows.length).toBeLessThanOrEqual(PLAIN_ROWS_MAX);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={initI18n('en')}>
        <PlainFleetList rows={rows} world={world} label="Fleet" highlight={noHighlight} onOpen={() => {}} />
      </I18nextProvider>,
    );
    for (const host of world.order) expect(html).toContain(`data-host="${host}"`);
    expect(html).not.toContain('fleet-view__canvas');
  });

  it('leaves a 1,000-server fleet to the virtualized list', () => {
    const large = frotaGrandeWorld(1000, { seed: 1, now });
    expect(fleetRows(fleetGroups(large)).length).toBeGreaterThan(PLAIN_ROWS_MAX);
  });
});
