import type { i18n as I18n } from 'i18next';
import type { TerminalLimits } from './xtermAdapter';

/** A paste's lines run for this long before the terminal lets the browser paint and handle input. */
const SLICE_MS = 8;

/**
 * The terminal's limits in the browser: the notices in the learner's language (read when shown, so they
 * follow a language switch), paste lines run in slices between frames, output capped at the scrollback.
 */
export function browserLimits(i18n: I18n, scrollback: number): TerminalLimits {
  const number = (n: number) => n.toLocaleString(i18n.language);
  return {
    outputLines: scrollback,
    pasteChars: 64 * 1024,
    linesOmitted: (count) =>
      i18n.t('terminal.linesOmitted', { count, n: number(count), limit: number(scrollback) }),
    pasteCut: (kept, total) => i18n.t('terminal.pasteCut', { kept: number(kept), total: number(total) }),
    schedule: (task) => void setTimeout(task, 0),
    now: () => performance.now(),
    sliceMs: SLICE_MS,
  };
}
