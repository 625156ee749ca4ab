import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { prompt } from '../../shell';
import { prefetchEditorsWhenIdle } from '../editor/lazyEditors';
import { useAppStore } from '../store';
import { requireLab } from '../store/labLoader';
import { replayText } from '../store/transcript';
import type { FocusExit } from './focusExit';
import { greeting } from './greeting';
import { TERMINAL_KEYS_ID } from './TerminalKeysHint';
import { registerKeySink, registerTerminalSink } from './terminalInput';
import { browserLimits } from './terminalLimits';
import { TerminalController } from './xtermAdapter';

export interface XtermTerminalProps {
  /** Keys the learner typed before xterm arrived; replayed in order. */
  pendingInput: string;
  focus: boolean;
  /** Which keys leave the terminal (Shift+Tab, Escape then Tab), shared with the stand-in it replaces. */
  focusExit: FocusExit;
}

const terminalFontSize = (presenter: boolean) => (presenter ? 22 : 15);
/** Lines xterm keeps; the output of one command is capped at the same number. */
const SCROLLBACK = 5000;

/** Hosts xterm and wires it to the shell through the store. Loaded lazily: xterm is the app's largest chunk. */
export default function XtermTerminal({ pendingInput, focus, focusExit }: XtermTerminalProps) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);

  // A layout effect: xterm takes the keys and the focus in the same task that removes the light stand-in.
  // In a passive effect (after paint) a key pressed in between went to the page and was lost (CI, under load).
  // biome-ignore lint/correctness/useExhaustiveDependencies: mounted once; pendingInput and focus only matter at start, and recreating xterm would lose its scrollback
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const term = new Terminal({
      cursorBlink: true,
      convertEol: false,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: terminalFontSize(useAppStore.getState().settings.presenter),
      screenReaderMode: useAppStore.getState().settings.screenReaderMode,
      theme: { background: '#0f1419', foreground: '#e6e6e6', cursor: '#f8f8f2' },
      scrollback: SCROLLBACK,
    });
    // Monaco is the heaviest chunk and `nano` is a command away once the learner starts typing commands:
    // from their first one, get it ready when the browser is idle — never during the page's start-up,
    // where evaluating it would block the main thread for the learner who only reads.
    let stopPrefetch: (() => void) | undefined;
    const prefetchEditors = () => {
      stopPrefetch ??= prefetchEditorsWhenIdle(0);
    };
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element);
    termRef.current = term;
    // No keyboard trap: the keys that leave go to the browser, which moves the focus (xterm then neither
    // sends them nor cancels them). The hint under the terminal says which keys; it is its description.
    term.attachCustomKeyEventHandler((event) => focusExit.owner(event) === 'terminal');
    term.textarea?.addEventListener('blur', focusExit.reset);
    term.textarea?.setAttribute('aria-describedby', TERMINAL_KEYS_ID);
    const columns = term.onResize(({ cols }) => useAppStore.getState().setTerminalColumns(cols));
    fit.fit();
    useAppStore.getState().setTerminalColumns(term.cols);
    const controller = new TerminalController(
      term,
      {
        prompt: () => prompt(useAppStore.getState().shell),
        history: () => {
          const shell = useAppStore.getState().shell;
          const session = shell.stack[shell.stack.length - 1];
          return session ? (shell.history[session.host] ?? []) : [];
        },
        complete: (line) => useAppStore.getState().completeLine(line),
        run: (line) => {
          prefetchEditors();
          const execution = useAppStore.getState().runCommand(line);
          return {
            output: execution.output,
            clear: execution.effects.some((e) => e.kind === 'clear'),
          };
        },
      },
      browserLimits(i18n, SCROLLBACK),
    );
    const data = term.onData((d) => controller.handleData(d));
    // Lines the UI types for the learner (a mission started from the panel, a solution step): any search or
    // half-typed line is dropped first, as if the learner had cleared it.
    const stopSink = registerTerminalSink((line) => {
      for (const key of ['\x07', '\x05', '\x15', `${line}\r`]) controller.handleData(key);
    });
    // Keys typed one by one for the learner to watch (the instructor's script playback).
    const stopKeys = registerKeySink((keys) => controller.handleData(keys));
    // A terminal mounted again (narrow ↔ wide layout, a reloaded pane) shows again what it showed.
    // xterm breaks lines at its last column, mid-word: the tip is wrapped at words to the width it has.
    const tip = requireLab().wrapWords(t('terminal.greeting'), term.cols).join('\n');
    controller.start(greeting(tip) + replayText(useAppStore.getState().transcript));
    // Key by key, as typed: a Tab among them completes, as it would have in xterm.
    for (const key of pendingInput) controller.handleData(key);
    if (focus) term.focus();
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(element);
    // Presenter mode enlarges the type; the screen reader mode setting switches xterm's own.
    const settings = useAppStore.subscribe((state, previous) => {
      if (state.settings === previous.settings) return;
      term.options.fontSize = terminalFontSize(state.settings.presenter);
      term.options.screenReaderMode = state.settings.screenReaderMode;
      fit.fit();
    });
    return () => {
      stopSink();
      stopKeys();
      stopPrefetch?.();
      settings();
      resize.disconnect();
      term.textarea?.removeEventListener('blur', focusExit.reset);
      columns.dispose();
      data.dispose();
      term.dispose();
      termRef.current = null;
    };
  }, []);

  // The label follows the language without recreating the terminal (which would lose its scrollback).
  useEffect(() => {
    termRef.current?.textarea?.setAttribute('aria-label', t('terminal.label'));
  }, [t]);

  return <div className="terminal-host" ref={host} data-testid="terminal" data-ready="true" />;
}
