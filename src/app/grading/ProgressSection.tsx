import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../content';
import { downloadText, today } from '../files/download';
import { ConfirmDialog } from '../missions/ConfirmDialog';
import { useAppStore } from '../store';
import { type ImportProblem, problemText } from './problemText';
import { backup, replaceProgress, resetProgress, restoreBackup } from './progressActions';
import { parseProgressFile, progressSummary, serializeProgressFile } from './progressFile';
import { SESSION_FILE_MAX_BYTES } from './sessionExport';

type Pending = { kind: 'import'; file: string; progress: Progress } | { kind: 'reset' } | null;
type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Reads a file the learner chose as progress; a problem is a message and nothing else happens. */
async function readProgress(
  file: File,
): Promise<{ ok: true; progress: Progress } | { ok: false; problem: ImportProblem }> {
  // A session file carries the progress too, so a file may be as large as a session's.
  if (file.size > SESSION_FILE_MAX_BYTES) {
    return { ok: false, problem: { code: 'too-large', limitKb: SESSION_FILE_MAX_BYTES / 1024 } };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  const parsed = parseProgressFile(text);
  return parsed.ok ? { ok: true, progress: parsed.value } : parsed;
}

/** The learner's mission progress: export, import (confirmed), start over (confirmed, undoable). */
export function ProgressSection() {
  const { t } = useTranslation();
  const progress = useAppStore((s) => s.missionProgress);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<Message>(null);
  const [hasBackup, setHasBackup] = useState(() => backup()?.ok === true);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const summary = progressSummary(progress);
  // "1 resolvida", "2 resolvidas": the solved count in its plural form; "em andamento" does not change.
  const solved = (count: number) => t('grading.progress.solvedCount', { count });

  const exportProgress = () =>
    downloadText(
      `driftlab-progresso-${today()}.json`,
      'application/json',
      serializeProgressFile(progress, new Date()),
    );

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    const read = await readProgress(file);
    if (input.current) input.current.value = '';
    if (!read.ok) {
      const problem = problemText(t, file.name, read.problem, 'progress');
      setMessage({ kind: 'error', text: t('grading.progress.nothingChanged', { problem }) });
      return;
    }
    setMessage(null);
    setPending({ kind: 'import', file: file.name, progress: read.progress });
  };

  const confirm = () => {
    if (pending?.kind === 'import') {
      replaceProgress(pending.progress);
      setMessage({ kind: 'ok', text: t('grading.progress.imported', { file: pending.file }) });
    } else if (pending?.kind === 'reset') {
      resetProgress();
      setMessage({ kind: 'ok', text: t('grading.progress.resetDone') });
    }
    setHasBackup(backup()?.ok === true);
    setPending(null);
  };

  const incoming = pending?.kind === 'import' ? progressSummary(pending.progress) : null;
  return (
    <section className="grading-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('grading.progress.heading')}</h3>
      <p data-testid="progress-summary">
        {t('grading.progress.summary', { solved: solved(summary.solved), started: summary.started })}
      </p>
      <div className="grading-buttons">
        <button type="button" className="button" onClick={exportProgress}>
          {t('grading.progress.export')}
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          {t('grading.progress.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="progress-file"
          onChange={(event) => void chosen(event.target.files?.[0])}
        />
        <button type="button" className="button" onClick={() => setPending({ kind: 'reset' })}>
          {t('grading.progress.reset')}
        </button>
        {hasBackup && (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (restoreBackup()) setMessage({ kind: 'ok', text: t('grading.progress.restored') });
              setHasBackup(backup()?.ok === true);
            }}
          >
            {t('grading.progress.restore')}
          </button>
        )}
      </div>
      <p role="status" className="grading-message">
        {message?.kind === 'ok' ? message.text : ''}
      </p>
      <p role="alert" className="grading-message grading-message--error">
        {message?.kind === 'error' ? message.text : ''}
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'reset' ? t('grading.progress.resetTitle') : t('grading.progress.importTitle')
        }
        confirmLabel={
          pending?.kind === 'reset'
            ? t('grading.progress.confirmResetYes')
            : t('grading.progress.confirmImportYes')
        }
        cancelLabel={t('grading.progress.cancel')}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === 'import' && incoming && (
          <p>
            {t('grading.progress.confirmImport', {
              currentSolved: solved(summary.solved),
              file: pending.file,
              solved: solved(incoming.solved),
              started: incoming.started,
            })}
          </p>
        )}
        {pending?.kind === 'reset' && (
          <>
            <p>
              {t('grading.progress.confirmReset', {
                solved: solved(summary.solved),
                started: summary.started,
              })}
            </p>
            <button type="button" className="button" onClick={exportProgress}>
              {t('grading.progress.downloadBackup')}
            </button>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
