/**
 * Lets the UI type a command line into the terminal as if the learner had (a mission started from the
 * panel, a solution step). The mounted xterm registers itself; without one (xterm still loading, tests) the
 * line runs straight through `fallback`, and the transcript shows it when the terminal mounts.
 */
type Sink = (line: string) => void;

let sink: Sink | null = null;

/** Called by the mounted terminal; returns the function that unregisters it. */
export function registerTerminalSink(next: Sink): () => void {
  sink = next;
  return () => {
    if (sink === next) sink = null;
  };
}

export function typeIntoTerminal(line: string, fallback: Sink): void {
  if (sink) sink(line);
  else fallback(line);
}

/** Raw key data for the mounted terminal, as xterm's own `onData` gives it (the playback types with it). */
type KeySink = (data: string) => void;

let keySink: KeySink | null = null;
/** Who waits for a terminal to type into (the playback), and the pane that can load one. */
let readyWaiters: (() => void)[] = [];
let loadTerminal: (() => void) | null = null;

/** Called by the mounted terminal; returns the function that unregisters it. */
export function registerKeySink(next: KeySink): () => void {
  keySink = next;
  for (const ready of readyWaiters) ready();
  readyWaiters = [];
  return () => {
    if (keySink === next) keySink = null;
  };
}

/** Called by the terminal pane: how to load xterm when something needs it before the learner reached for it. */
export function onTerminalWanted(load: () => void): () => void {
  loadTerminal = load;
  return () => {
    if (loadTerminal === load) loadTerminal = null;
  };
}

/**
 * Loads the terminal if it is not there yet (on a first visit it loads when first needed) and resolves
 * once keys can be sent to it — or after `timeoutMs`, for a layout without a terminal pane.
 */
export function reachTerminal(timeoutMs = 10_000): Promise<void> {
  if (keySink) return Promise.resolve();
  loadTerminal?.();
  return new Promise((resolve) => {
    readyWaiters.push(resolve);
    setTimeout(resolve, timeoutMs);
  });
}

/** Sends keys to the mounted terminal as if typed; false when no terminal is mounted to receive them. */
export function sendTerminalKeys(data: string): boolean {
  if (!keySink) return false;
  keySink(data);
  return true;
}
