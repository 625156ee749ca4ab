import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerSize, type World } from '../../core';
import { viewOf } from '../store/selectors';
import { fleetTotals } from './fleetModel';
import type { FleetProgress } from './hooks';
import { useLastChangedHosts } from './hooks';
import { formatPercent } from './percent';
import { STATE_ICONS, STATE_KEYS, TONES } from './StateBadge';

const SHOWN_CHANGES = 5;

/** Servers per state over the whole fleet, evaluation progress, and what the last command changed. */
export function FleetSummary({ world, progress }: { world: World; progress: FleetProgress }) {
  const { t, i18n } = useTranslation();
  const changed = useLastChangedHosts();
  const totals = useMemo(
    () => (progress.complete ? fleetTotals(world.order, (host) => viewOf(world, host)) : null),
    [world, progress.complete],
  );
  const counts = totals?.counts ?? null;
  const coverage = totals?.coverage ?? null;
  return (
    <div className="summary">
      {counts ? (
        <ul className="summary__counts" aria-label={t('dashboard.summary.label')}>
          {(['broken', 'drifted', 'in-sync'] as const).map((state) => (
            <li
              key={state}
              className={`badge badge--${TONES[state]}`}
              data-count={state}
              data-value={counts[state]}
            >
              <span aria-hidden="true">{STATE_ICONS[state]}</span> {counts[state]} {t(STATE_KEYS[state])}
            </li>
          ))}
        </ul>
      ) : (
        <p className="summary__progress">
          <label>
            {t('dashboard.summary.evaluating', { done: progress.done, count: progress.total })}{' '}
            <progress max={progress.total} value={progress.done} />
          </label>
        </p>
      )}
      {coverage && (
        <p className="summary__coverage" data-coverage={coverage.ratio}>
          {t('dashboard.summary.coverage', {
            percent: formatPercent(coverage.inSync, coverage.declared, i18n.language),
            inSync: coverage.inSync,
            declared: coverage.declared,
          })}
        </p>
      )}
      <p className="summary__ledger">{t('dashboard.changes', { count: ledgerSize(world.ledger) })}</p>
      <p className="summary__changed" aria-live="polite">
        {changed.length > 0 &&
          t('dashboard.summary.changed', {
            hosts:
              changed.slice(0, SHOWN_CHANGES).join(', ') +
              (changed.length > SHOWN_CHANGES
                ? ` ${t('dashboard.summary.more', { count: changed.length - SHOWN_CHANGES })}`
                : ''),
          })}
      </p>
    </div>
  );
}
