import { create } from 'zustand';
import { listenToBrowser } from '../persistence/browser';
import type { AppState } from '../store';
import { plainText } from '../store/transcript';
import type { SessionLog } from './sessionFormat';
import { emptyLog, recordCommand, recordSolved } from './sessionLog';

/**
 * The session log, recorded in the app layer as commands run (the wall clock lives here, never in the core
 * or the shell), and kept in localStorage so a reload does not lose what a grader will read. Nothing here
 * loads zod or the missions: the recorder runs from the first screen.
 */
export const SESSION_LOG_KEY = 'driftlab.sessionLog';

interface SessionLogState {
  log: SessionLog;
  /** False until the saved log has been read back (nothing is saved before, so nothing saved is lost). */
  restored: boolean;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readSaved(): string | null {
  try {
    return storage()?.getItem(SESSION_LOG_KEY) ?? null;
  } catch {
    return null;
  }
}

function saveLog(log: SessionLog): void {
  try {
    storage()?.setItem(SESSION_LOG_KEY, JSON.stringify(log));
  } catch {
    // Storage full or refused: the log stays in memory for this visit and can still be exported.
  }
}

export const useSessionLog = create<SessionLogState>()(() => ({
  log: emptyLog(new Date()),
  restored: false,
}));

/** Reads the saved log back (its validation loads with zod, after the first screen) and merges it. */
export async function restoreSavedLog(): Promise<void> {
  if (useSessionLog.getState().restored) return;
  const saved = readSaved();
  const restored = saved
    ? (await import('./restoreLog')).restoreLog(saved, useSessionLog.getState().log)
    : null;
  useSessionLog.setState((s) => ({ log: restored ?? s.log, restored: true }));
}

type RecordedState = Pick<AppState, 'transcript' | 'shell' | 'missionProgress'>;
interface Source {
  getState(): RecordedState;
  subscribe(listener: (state: RecordedState, previous: RecordedState) => void): () => void;
}

/** The host in a prompt as printed (`aluno@web-01:~$ `, colours included). */
export function promptHost(prompt: string): string {
  return /@([^:\s]+):/.exec(plainText(prompt))?.[1] ?? '';
}

/** The mission this command solved: active, solved, and solved at this very world time. */
function solvedNow(state: RecordedState): string | null {
  const id = state.missionProgress.active;
  const mission = id === null ? undefined : state.missionProgress.missions[id];
  return mission?.status === 'solved' && mission.solvedAt === state.shell.world.now ? id : null;
}

/**
 * Records every command the store runs — each appends one transcript entry, numbered one past the last and
 * after the same entry object (a restored transcript replaces them all and is not recorded again) — with its exit code, host, active
 * mission and the wall-clock time, and the moment a command solves a mission. Returns the unsubscribe.
 */
export function startSessionRecorder(source: Source, clock: () => Date = () => new Date()): () => void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  // A reload or a closed tab within the save's delay would otherwise drop the last command from the log.
  const flush = () => {
    if (pending === null) return;
    clearTimeout(pending);
    pending = null;
    if (useSessionLog.getState().restored) saveLog(useSessionLog.getState().log);
  };
  const unlisten = listenToBrowser({ flush, onOtherTab: () => {} });
  const unsubscribeLog = useSessionLog.subscribe(({ log, restored }) => {
    if (!restored) return;
    if (pending !== null) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      saveLog(log);
    }, 300);
  });
  const unsubscribe = source.subscribe((state, previous) => {
    const entry = state.transcript.entries.at(-1);
    const last = previous.transcript.entries.at(-1);
    const appended =
      entry !== last && entry?.seq === (last?.seq ?? 0) + 1 && state.transcript.entries.at(-2) === last;
    if (!entry || !appended) return;
    const at = clock();
    let log = recordCommand(useSessionLog.getState().log, {
      line: entry.command,
      output: entry.output,
      exitCode: state.shell.lastExit,
      at,
      mission: state.missionProgress.active,
      host: promptHost(entry.prompt),
    });
    const solved = solvedNow(state);
    if (solved !== null) log = recordSolved(log, solved, at);
    useSessionLog.setState({ log });
  });
  return () => {
    unsubscribe();
    unsubscribeLog();
    unlisten();
    flush();
  };
}
