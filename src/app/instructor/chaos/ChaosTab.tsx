import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackgroundEventKind } from '../../../core';
import { useAppStore } from '../../store';
import { CHAOS_KINDS, fireChaos } from './chaosModel';

type Report =
  | { kind: 'done'; event: BackgroundEventKind; changed: string[]; unchanged: string[] }
  | { kind: 'none' }
  | null;

/**
 * Chaos controls: pick servers and a background event, fire it now. The change goes through the engine
 * (ledger, dashboard, timeline) as one history step, so the history's undo (or the terminal's `undo`) reverts it.
 */
export function ChaosTab() {
  const { t } = useTranslation();
  const world = useAppStore((s) => s.shell.world);
  const applyWorld = useAppStore((s) => s.applyWorld);
  const undo = useAppStore((s) => s.undo);
  const [hosts, setHosts] = useState<string[]>([]);
  const [kind, setKind] = useState<BackgroundEventKind>('hotfix');
  const [report, setReport] = useState<Report>(null);
  const [lastStep, setLastStep] = useState<number | null>(null);
  const historyIndex = useAppStore((s) => s.history.index);
  const kindId = useId();
  // Only a few hundred checkboxes are usable; a huge fleet offers its first servers (the rest by filter).
  const [filter, setFilter] = useState('');
  const shown = world.order.filter((h) => h.includes(filter.trim())).slice(0, 300);
  const chosen = hosts.filter((h) => Object.hasOwn(world.servers, h));

  const toggle = (host: string, on: boolean) =>
    setHosts((current) => (on ? [...current, host] : current.filter((h) => h !== host)));

  const fire = () => {
    const outcome = fireChaos(world, chosen, kind);
    if (outcome.changed.length === 0) {
      setReport({ kind: 'none' });
      return;
    }
    applyWorld(outcome.world, outcome.label);
    setLastStep(useAppStore.getState().history.index);
    setReport({ kind: 'done', event: kind, changed: outcome.changed, unchanged: outcome.unchanged });
  };

  return (
    <div className="instructor-chaos" data-testid="instructor-chaos">
      <p>{t('instructor.chaos.intro')}</p>
      <div className="instructor-form">
        <fieldset>
          <legend>{t('instructor.chaos.servers')}</legend>
          <label className="instructor-filter">
            <span>{t('instructor.chaos.filter')}</span>{' '}
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </label>
          <div className="instructor-hosts">
            {shown.map((host) => (
              <label key={host}>
                <input
                  type="checkbox"
                  checked={hosts.includes(host)}
                  onChange={(e) => toggle(host, e.target.checked)}
                />
                <span>{host}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="instructor-kinds">
          <legend id={kindId}>{t('instructor.chaos.event')}</legend>
          {CHAOS_KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name={`${kindId}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <span>{t(`instructor.chaos.kinds.${k}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="instructor-actions">
        <button type="button" className="button" disabled={chosen.length === 0} onClick={fire}>
          {t('instructor.chaos.fire', { count: chosen.length })}
        </button>
        <button
          type="button"
          className="button"
          disabled={lastStep === null || lastStep !== historyIndex}
          onClick={() => {
            undo();
            setLastStep(null);
            setReport(null);
          }}
        >
          {t('instructor.chaos.undo')}
        </button>
      </div>
      <p className="instructor-status" role="status">
        {report?.kind === 'done' &&
          t('instructor.chaos.done', {
            kind: t(`instructor.chaos.kinds.${report.event}`),
            hosts: report.changed.join(', '),
          })}
        {report?.kind === 'done' &&
          report.unchanged.length > 0 &&
          ` ${t('instructor.chaos.skipped', { hosts: report.unchanged.join(', ') })}`}
        {report?.kind === 'none' && t('instructor.chaos.nothing')}
      </p>
    </div>
  );
}
