import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { revealedSolution } from '../store/missionSlice';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * "Show solution", behind a confirmation; then the reference lines with the learner's values, played into
 * the terminal one step at a time ("next step") or all at once, as if typed.
 */
export function SolutionSection() {
  const { t } = useTranslation();
  const source = useAppStore(
    useShallow((s) => ({
      missionRuntime: s.missionRuntime,
      missionProgress: s.missionProgress,
      evaluation: s.missionEvaluation,
    })),
  );
  const lines = revealedSolution(source);
  const step = useAppStore((s) => s.solutionStep);
  const reveal = useAppStore((s) => s.revealSolution);
  const next = useAppStore((s) => s.playSolutionStep);
  const all = useAppStore((s) => s.playWholeSolution);
  const [asking, setAsking] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);
  const justRevealed = useRef(false);

  // After the learner confirms, the keyboard lands on the player rather than on a button that is gone.
  useEffect(() => {
    if (lines && justRevealed.current) {
      justRevealed.current = false;
      nextButton.current?.focus();
    }
  }, [lines]);

  if (!lines) {
    return (
      <section className="mission-section" aria-labelledby="mission-solution-title">
        <h4 id="mission-solution-title">{t('missions.solution.title')}</h4>
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('missions.solution.show')}
        </button>
        <ConfirmDialog
          open={asking}
          title={t('missions.solution.confirmTitle')}
          confirmLabel={t('missions.solution.confirm')}
          cancelLabel={t('missions.solution.cancel')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            justRevealed.current = true;
            setAsking(false);
            reveal();
          }}
        >
          <p>{t('missions.solution.confirmText')}</p>
        </ConfirmDialog>
      </section>
    );
  }

  const done = step >= lines.length;
  return (
    <section className="mission-section" aria-labelledby="mission-solution-title">
      <h4 id="mission-solution-title">{t('missions.solution.title')}</h4>
      <ol className="solution" data-testid="mission-solution">
        {lines.map((line, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the same line may appear twice in a solution
            key={index}
            className={index < step ? 'solution__line is-typed' : 'solution__line'}
            aria-current={index === step ? 'step' : undefined}
          >
            <code>{line}</code>
          </li>
        ))}
      </ol>
      <p role="status" className="solution__progress">
        {done
          ? t('missions.solution.done')
          : t('missions.solution.progress', { step: step + 1, total: lines.length })}
      </p>
      <div className="mission-buttons">
        <button
          ref={nextButton}
          type="button"
          className="button button--primary"
          disabled={done}
          onClick={next}
        >
          {t('missions.solution.next')}
        </button>
        <button type="button" className="button" disabled={done} onClick={all}>
          {t('missions.solution.all')}
        </button>
      </div>
    </section>
  );
}
