import type { MissionRuntime } from '../../content';
import type { Lab } from './lab';

/**
 * Loads the lab (shell commands and missions, `lab.ts`) once. The store calls `startLab` when it is created,
 * with the port the `mission` command acts on; the terminal, the missions panel and a restored mission
 * wait for `loadLab()`, and anything that runs a command before then finds it in `loadedLab()`.
 */
let port: MissionRuntime | null = null;
let lab: Lab | null = null;
let loading: Promise<Lab> | null = null;
const listeners: ((lab: Lab) => void)[] = [];

export function startLab(missionPort: MissionRuntime, onLoaded: (lab: Lab) => void): void {
  port = missionPort;
  listeners.push(onLoaded);
}

export function loadLab(): Promise<Lab> {
  loading ??= import('./lab').then(({ createLab }) => {
    if (!port) throw new Error('loadLab: the store has not started the lab (startLab) yet');
    lab = createLab(port);
    for (const listener of listeners) listener(lab);
    return lab;
  });
  return loading;
}

/**
 * Calls `listener` once the lab has loaded (at once if it has); returns the function that cancels it. The
 * terminal mounts then, whoever asked for the lab (a mission started from the panel), to show its output.
 */
export function whenLabLoaded(listener: () => void): () => void {
  let live = true;
  if (lab) listener();
  else listeners.push(() => live && listener());
  return () => {
    live = false;
  };
}

/** The lab if it has loaded, else null. */
export function loadedLab(): Lab | null {
  return lab;
}

/** The lab, for code that only runs once it has loaded (a command typed into the mounted terminal). */
export function requireLab(): Lab {
  if (!lab) throw new Error('The lab (shell commands, missions) has not loaded: await loadLab() first.');
  return lab;
}
