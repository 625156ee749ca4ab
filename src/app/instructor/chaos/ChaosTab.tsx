import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackgroundEventKind } from '../../../core';
import { useAppStore } from '../../store';
import { CHAOS_KINDS, CHAOS_PARAMS, fireChaos, readChaosParam } from './chaosModel';

type Report =
  | { kind: 'done'; event: string; changed: string[]; unchanged: string[] }
  | { kind: 'none' }
  | { kind: 'bad-param' }
  | null;

/**
 * Chaos controls: pick servers and a background event, fire it now. The change goes through the engine
 * (ledger, dashboard, timeline) as one history step, so the history's undo (or the terminal's `undo`) reverts it.
 */
export function ChaosTab() {
  const { t } = useTranslation();
  const world = useAppStore((s) => s.shell.world);
  const applyWorld = useAppStore((s) => s.applyWorld);
  const undo = useAppStore((s) => s.undoChange);
  const [hosts, setHosts] = useState<string[]>([]);
  const [kind, setKind] = useState<BackgroundEventKind>('hotfix');
  const [report, setReport] = useState<Report>(null);
  const [lastStep, setLastStep] = useState<number | null>(null);
  const historyIndex = useAppStore((s) => s.history.index);
  const kindId = useId();
  const paramId = useId();
  const param = CHAOS_PARAMS[kind];
  // What the instructor typed per kind, so switching kinds back and forth keeps it.
  const [paramTexts, setParamTexts] = useState<Partial<Record<BackgroundEventKind, string>>>({});
  const paramText = param ? (paramTexts[kind] ?? String(param.initial)) : '';
  const paramValue = param ? readChaosParam(param, paramText) : null;
  const paramLabel = param ? t(`instructor.chaos.params.${param.name}`) : '';
  // Only a few hundred checkboxes are usable; a huge fleet offers its first servers (the rest by filter).
  const [filter, setFilter] = useState('');
  const shown = world.order.filter((h) => h.includes(filter.trim())).slice(0, 300);
  const chosen = hosts.filter((h) => Object.hasOwn(world.servers, h));

  const toggle = (host: string, on: boolean) =>
    setHosts((current) => (on ? [...current, host] : current.filter((h) => h !== host)));

  const fire = () => {
    if (param && paramValue === null) {
      setReport({ kind: 'bad-param' });
      return;
    }
    const outcome = fireChaos(world, chosen, kind, paramValue ?? undefined);
    if (outcome.changed.length === 0) {
      setReport({ kind: 'none' });
      return;
    }
    applyWorld(outcome.world, outcome.label);
    setLastStep(useAppStore.getState().history.index);
    const event = t(`instructor.chaos.kinds.${kind}`);
    setReport({
      kind: 'done',
      event: param ? `${event} (${paramLabel}: ${paramValue})` : event,
      changed: outcome.changed,
      unchanged: outcome.unchanged,
    });
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
          {param && (
            <label className="instructor-param" htmlFor={paramId}>
              <span>{paramLabel}</span>
              <input
                id={paramId}
                type="number"
                inputMode="decimal"
                min={param.min}
                max={param.max}
                step={param.step}
                value={paramText}
                aria-invalid={paramValue === null}
                onChange={(e) => setParamTexts((texts) => ({ ...texts, [kind]: e.target.value }))}
              />
            </label>
          )}
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
      <p
        className={`instructor-status${report?.kind === 'bad-param' ? ' instructor-error' : ''}`}
        role="status"
      >
        {report?.kind === 'done' &&
          t('instructor.chaos.done', { kind: report.event, hosts: report.changed.join(', ') })}
        {report?.kind === 'done' &&
          report.unchanged.length > 0 &&
          ` ${t('instructor.chaos.skipped', { hosts: report.unchanged.join(', ') })}`}
        {report?.kind === 'none' && t('instructor.chaos.nothing')}
        {report?.kind === 'bad-param' &&
          param &&
          t('instructor.chaos.badParam', {
            label: paramLabel,
            min: param.min,
            max: param.max,
            step: param.step,
          })}
      </p>
    </div>
  );
}
