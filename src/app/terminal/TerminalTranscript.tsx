import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { plainText, recentEntries } from '../store/transcript';
import { lastLines } from './outputGuard';

/** How many of the last commands the transcript keeps readable. */
export const TRANSCRIPT_SHOWN = 8;
/** Lines of one output the transcript keeps: a 100,000-line `cat` is no reading and stalls the page. */
const OUTPUT_LINES = 200;

/**
 * The terminal for screen readers: a log of the last commands and what they printed, as plain text,
 * announced politely as they come. xterm draws on a canvas-like grid that screen readers do not follow;
 * this region is the same session in words. With xterm's own screen reader mode on, it stops announcing
 * (xterm does) but stays readable.
 */
export function TerminalTranscript() {
  const { t, i18n } = useTranslation();
  const transcript = useAppStore((s) => s.transcript);
  const screenReaderMode = useAppStore((s) => s.settings.screenReaderMode);
  const entries = recentEntries(transcript, TRANSCRIPT_SHOWN);
  const omitted = (count: number) =>
    t('terminal.linesOmitted', { count, n: count.toLocaleString(i18n.language), limit: OUTPUT_LINES });
  return (
    <section className="visually-hidden" aria-labelledby="transcript-title">
      <h3 id="transcript-title">{t('transcript.title')}</h3>
      <div
        role="log"
        aria-live={screenReaderMode ? 'off' : 'polite'}
        aria-labelledby="transcript-title"
        data-testid="transcript"
      >
        {entries.length === 0 && <p>{t('transcript.empty')}</p>}
        {entries.map((entry) => (
          <div key={entry.seq} className="transcript__entry">
            <p>
              {t('transcript.command', { prompt: plainText(entry.prompt).trimEnd(), command: entry.command })}
            </p>
            {entry.output.trim() === '' ? (
              <p>{t('transcript.noOutput')}</p>
            ) : (
              <pre>{lastLines(plainText(entry.output), OUTPUT_LINES, omitted)}</pre>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
