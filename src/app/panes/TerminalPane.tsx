import { type KeyboardEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prompt } from '../../shell';
import { useAppStore } from '../store';
import { loadLab, whenLabLoaded } from '../store/labLoader';
import { createFocusExit } from '../terminal/focusExit';
import { greeting } from '../terminal/greeting';
import { measureColumns } from '../terminal/placeholderColumns';
import { TERMINAL_KEYS_ID } from '../terminal/TerminalKeysHint';
import { onTerminalWanted } from '../terminal/terminalInput';

type Xterm = typeof import('../terminal/XtermTerminal').default;
let loadingXterm: Promise<Xterm> | null = null;

// The terminal mounts once it can run what is typed: xterm and the lab (the shell's commands) load together.
function loadXterm(): Promise<Xterm> {
  loadingXterm ??= Promise.all([import('../terminal/XtermTerminal'), loadLab()]).then(
    ([terminal]) => terminal.default,
  );
  return loadingXterm;
}

/** Keys the placeholder understands while xterm loads, as the bytes xterm would have sent. */
function keyToData(event: KeyboardEvent): string | null {
  if (event.key === 'Enter') return '\r';
  if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey)
    return '\t';
  if (event.key === 'Backspace') return '\x7f';
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) return event.key;
  return null;
}

function applyKeys(line: string, data: string): string {
  let out = line;
  // A Tab completes once xterm and the shell are there; until then it shows nothing.
  for (const ch of data)
    out = ch === '\x7f' ? out.slice(0, -1) : ch === '\r' ? '' : ch === '\t' ? out : out + ch;
  return out;
}

/**
 * The terminal pane. xterm.js and the shell's commands are the largest pieces of the app, so the page first
 * paints a light terminal (greeting and the real prompt) and loads them when the learner reaches for it
 * (focus, a click, a key) or the lab loads for another reason (a mission started from the panel). A learner
 * coming back to a session with commands in it gets them as soon as the browser is idle, to see the
 * terminal as they left it. A first visit spends nothing on them while the learner reads. Keys typed
 * meanwhile are kept and replayed, so nothing is lost.
 */
export function TerminalPane() {
  const { t } = useTranslation();
  const shellPrompt = useAppStore((s) => prompt(s.shell, false));
  // Not React.lazy: its Suspense fallback would be a new element, and keys typed while the focus moved
  // to it would be lost. The stand-in keeps the focus and the keys until xterm takes its place.
  const [Terminal, setTerminal] = useState<Xterm | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [focus, setFocus] = useState(false);
  const [pending, setPending] = useState('');
  // One for the stand-in and the xterm that replaces it: an Escape pressed in one arms the Tab in the other.
  const [focusExit] = useState(createFocusExit);
  if (failure) throw failure; // to the pane's error boundary, as any pane that cannot load

  const start = useCallback((withFocus: boolean) => {
    if (withFocus) setFocus(true);
    loadXterm().then(
      (loaded) => setTerminal(() => loaded),
      (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))),
    );
  }, []);

  useEffect(() => whenLabLoaded(() => start(false)), [start]);
  // xterm's screen reader mode (its accessibility tree) is the terminal a learner with that setting uses.
  const screenReader = useAppStore((s) => s.settings.screenReaderMode);
  useEffect(() => {
    if (screenReader) start(false);
  }, [screenReader, start]);
  useEffect(() => onTerminalWanted(() => start(false)), [start]);

  useEffect(() => {
    if (useAppStore.getState().transcript.entries.length === 0) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => start(false), { timeout: 1500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => start(false), 200);
    return () => clearTimeout(id);
  }, [start]);

  // Until xterm measures itself, the shell wraps its text to the stand-in's width (as xterm will have it).
  const hostRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLPreElement>(null);
  useLayoutEffect(() => {
    const host = hostRef.current;
    const text = textRef.current;
    if (Terminal || !host || !text || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const columns = measureColumns(host, text);
      if (columns !== null) useAppStore.getState().setTerminalColumns(columns);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    observer.observe(text); // its height follows the font size (presenter mode changes it)
    return () => observer.disconnect();
  }, [Terminal]);

  const placeholder = (
    // biome-ignore lint/a11y/useSemanticElements: a stand-in for xterm's own text input while it loads
    <div
      ref={hostRef}
      className="terminal-host terminal-placeholder"
      role="textbox"
      tabIndex={0}
      aria-label={t('terminal.label')}
      aria-describedby={TERMINAL_KEYS_ID}
      aria-busy="true"
      data-testid="terminal"
      onFocus={() => start(true)}
      // Left before xterm arrived (Shift+Tab, Escape then Tab, a click elsewhere): xterm must not take the
      // focus back when it mounts.
      onBlur={() => {
        focusExit.reset();
        setFocus(false);
      }}
      onPointerDown={() => start(true)}
      onKeyDown={(event) => {
        // The same way out as xterm's: the browser moves the focus, nothing is typed.
        if (focusExit.owner(event) === 'browser') return;
        const data = keyToData(event);
        if (data === null) return;
        event.preventDefault();
        setPending((p) => p + data);
      }}
    >
      <pre ref={textRef}>
        {greeting(t('terminal.greeting'))}
        {shellPrompt}
        {applyKeys('', pending)}
        <span className="terminal-placeholder__cursor" aria-hidden="true">
          {' '}
        </span>
      </pre>
    </div>
  );

  return Terminal ? <Terminal pendingInput={pending} focus={focus} focusExit={focusExit} /> : placeholder;
}
