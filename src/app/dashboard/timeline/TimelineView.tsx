import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canRedo, canUndo } from '../../../core';
import { useAppStore } from '../../store';
import { Pager } from '../Pager';
import { pageHolding, pageOf } from '../paging';
import { stepChanges, stepLabel } from './timelineModel';

const PAGE_SIZE = 20;
const SHOWN_HOSTS = 4;

/**
 * The history as a scrubber and a list: moving the slider (or choosing a step) shows the fleet as it was,
 * read-only; the banner above offers to restore it or to come back to now.
 */
export default function TimelineView() {
  const { t } = useTranslation();
  const history = useAppStore((s) => s.history);
  const viewing = useAppStore((s) => s.viewing);
  const viewStep = useAppStore((s) => s.viewStep);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const total = history.steps.length;
  const shown = viewing ?? history.index;
  const [page, setPage] = useState<number | null>(null);
  const current = pageOf(total, page ?? pageHolding(shown, PAGE_SIZE), PAGE_SIZE);
  const labelOf = (index: number) => stepLabel(history, index) ?? t('dashboard.timeline.start');

  const select = (index: number) => {
    viewStep(index);
    setPage(null);
  };

  return (
    <div className="timeline">
      <div className="timeline__actions">
        <button type="button" disabled={!canUndo(history)} onClick={undo}>
          <span aria-hidden="true">↶ </span>
          {t('dashboard.timeline.undo')}
        </button>
        <button type="button" disabled={!canRedo(history)} onClick={redo}>
          <span aria-hidden="true">↷ </span>
          {t('dashboard.timeline.redo')}
        </button>
      </div>
      <label className="timeline__scrubber">
        <span>{t('dashboard.timeline.scrubber')}</span>
        <input
          type="range"
          min={1}
          max={total}
          step={1}
          value={shown + 1}
          disabled={total <= 1}
          aria-valuetext={t('dashboard.timeline.stepText', {
            step: shown + 1,
            total,
            label: labelOf(shown),
          })}
          onChange={(event) => select(Number(event.target.value) - 1)}
        />
      </label>
      <p className="timeline__where">{t('dashboard.timeline.stepOf', { step: shown + 1, total })}</p>
      <ol className="timeline__steps" start={current.from + 1}>
        {history.steps.slice(current.from, current.to).map((_, offset) => {
          const index = current.from + offset;
          const changed = stepChanges(history, index);
          const isShown = index === shown;
          return (
            <li key={index} className={`timeline__step${isShown ? ' timeline__step--shown' : ''}`}>
              <button type="button" aria-current={isShown ? 'step' : undefined} onClick={() => select(index)}>
                <span className="timeline__label">{labelOf(index)}</span>
                {index === history.index && <span className="chip">{t('dashboard.timeline.now')}</span>}
              </button>
              {changed.length > 0 && (
                <span className="timeline__hosts">
                  {t('dashboard.timeline.changed', {
                    hosts:
                      changed.slice(0, SHOWN_HOSTS).join(', ') +
                      (changed.length > SHOWN_HOSTS
                        ? ` ${t('dashboard.summary.more', { count: changed.length - SHOWN_HOSTS })}`
                        : ''),
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <Pager page={current} total={total} label={t('dashboard.timeline.pages')} onPage={setPage} />
    </div>
  );
}
