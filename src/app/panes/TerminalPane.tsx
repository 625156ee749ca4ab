import { type KeyboardEvent, lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prompt } from '../../shell';
import { useAppStore } from '../store';
import { loadLab } from '../store/labLoader';
import { greeting } from '../terminal/greeting';

// The terminal mounts once it can run what is typed: xterm and the lab (the shell's commands) load together.
const XtermTerminal = lazy(() =>
  Promise.all([import('../terminal/XtermTerminal'), loadLab()]).then(([terminal]) => terminal),
);

/** Keys the placeholder understands while xterm loads, as the bytes xterm would have sent. */
function keyToData(event: KeyboardEvent): string | null {
  if (event.key === 'Enter') return '\r';
  if (event.key === 'Backspace') return '\x7f';
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) return event.key;
  return null;
}

function applyKeys(line: string, data: string): string {
  let out = line;
  for (const ch of data) out = ch === '\x7f' ? out.slice(0, -1) : ch === '\r' ? '' : out + ch;
  return out;
}

/**
 * The terminal pane. xterm.js and the shell's commands are the largest pieces of the app, so the page first
 * paints a light terminal (greeting and the real prompt) and loads them as soon as the browser is idle — or
 * at once when the learner reaches for the terminal. Keys typed meanwhile are kept and replayed, so nothing
 * is lost.
 */
export function TerminalPane() {
  const { t } = useTranslation();
  const shellPrompt = useAppStore((s) => prompt(s.shell, false));
  const [load, setLoad] = useState(false);
  const [focus, setFocus] = useState(false);
  const [pending, setPending] = useState('');

  const start = useCallback((withFocus: boolean) => {
    setLoad(true);
    if (withFocus) setFocus(true);
  }, []);

  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => start(false), { timeout: 1500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => start(false), 200);
    return () => clearTimeout(id);
  }, [start]);

  const placeholder = (
    // biome-ignore lint/a11y/useSemanticElements: a stand-in for xterm's own text input while it loads
    <div
      className="terminal-host terminal-placeholder"
      role="textbox"
      tabIndex={0}
      aria-label={t('terminal.label')}
      aria-busy="true"
      data-testid="terminal"
      onFocus={() => start(true)}
      onPointerDown={() => start(true)}
      onKeyDown={(event) => {
        const data = keyToData(event);
        if (data === null) return;
        event.preventDefault();
        setPending((p) => p + data);
      }}
    >
      <pre>
        {greeting(t('terminal.greeting'))}
        {shellPrompt}
        {applyKeys('', pending)}
        <span className="terminal-placeholder__cursor" aria-hidden="true">
          {' '}
        </span>
      </pre>
    </div>
  );

  if (!load) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <XtermTerminal pendingInput={pending} focus={focus} />
    </Suspense>
  );
}
