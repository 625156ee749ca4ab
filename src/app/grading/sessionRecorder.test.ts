import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { emptyProgress, type Progress, recordCommand, recordStart } from '../../content';
import type { ShellState } from '../../shell';
import { appendEntry, EMPTY_TRANSCRIPT, type Transcript } from '../store/transcript';
import { emptyLog } from './sessionLog';
import {
  promptHost,
  restoreSavedLog,
  SESSION_LOG_KEY,
  startSessionRecorder,
  useSessionLog,
} from './sessionRecorder';

interface Fake {
  transcript: Transcript;
  shell: ShellState;
  missionProgress: Progress;
}

const memory = new Map<string, string>();
const storage = {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
};

function fakeStore() {
  const shell = { lastExit: 0, world: { now: 100 } } as unknown as ShellState;
  return createStore<Fake>()(() => ({
    transcript: EMPTY_TRANSCRIPT,
    shell,
    missionProgress: emptyProgress(5),
  }));
}

/** What `runCommand` does, in the same order: shell and progress first, the transcript entry last. */
function run(
  store: ReturnType<typeof fakeStore>,
  command: string,
  output: string,
  exit: number,
  progress?: (now: number, before: Progress) => Progress,
) {
  const s = store.getState();
  const now = (s.shell.world.now as number) + 5;
  store.setState({ shell: { ...s.shell, lastExit: exit, world: { ...s.shell.world, now } } as ShellState });
  if (progress) store.setState({ missionProgress: progress(now, s.missionProgress) });
  store.setState((state) => ({
    transcript: appendEntry(
      state.transcript,
      { prompt: '\u001b[32maluno@web-01\u001b[0m:~$ ', command, output },
      false,
    ),
  }));
}

let clock = 0;
const tick = () => new Date(Date.UTC(2026, 10, 29, 15, 0, clock++));

beforeEach(() => {
  vi.stubGlobal('localStorage', storage);
  vi.useFakeTimers();
  memory.clear();
  clock = 0;
  useSessionLog.setState({ log: emptyLog(new Date(0)), restored: false });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the session recorder', () => {
  it('records each command with its exit code, host, active mission and wall time, and the solve', async () => {
    const store = fakeStore();
    const stop = startSessionRecorder(store, tick);
    await restoreSavedLog();
    run(store, 'mission start meet-the-fleet', 'ok\n', 0, (now, p) => recordStart(p, 'meet-the-fleet', now));
    run(store, 'drift', 'x\n', 3);
    run(store, 'ls', '', 0, (now, p) => recordCommand(p, now, true));
    const { log } = useSessionLog.getState();
    expect(log.commands.map((c) => [c.line, c.exitCode, c.mission, c.host, c.at])).toEqual([
      ['mission start meet-the-fleet', 0, 'meet-the-fleet', 'web-01', '2026-11-29T15:00:00.000Z'],
      ['drift', 3, 'meet-the-fleet', 'web-01', '2026-11-29T15:00:01.000Z'],
      ['ls', 0, 'meet-the-fleet', 'web-01', '2026-11-29T15:00:02.000Z'],
    ]);
    expect(log.solved).toEqual([{ mission: 'meet-the-fleet', at: '2026-11-29T15:00:02.000Z' }]);
    vi.advanceTimersByTime(500);
    expect(JSON.parse(memory.get(SESSION_LOG_KEY) ?? '{}').commands).toHaveLength(3);
    stop();
  });

  it('does not record a transcript restored whole (a reload), only commands appended one by one', () => {
    const store = fakeStore();
    const stop = startSessionRecorder(store, tick);
    let restored = EMPTY_TRANSCRIPT;
    for (const c of ['a', 'b', 'c'])
      restored = appendEntry(restored, { prompt: '$ ', command: c, output: '' }, false);
    store.setState({ transcript: restored });
    expect(useSessionLog.getState().log.commands).toHaveLength(0);
    // Another tab's save read back: numbered one past the last, but not appended to these entries.
    const other = appendEntry(
      JSON.parse(JSON.stringify(restored)),
      { prompt: '$ ', command: 'd', output: '' },
      false,
    );
    store.setState({ transcript: other });
    expect(useSessionLog.getState().log.commands).toHaveLength(0);
    stop();
  });

  it('merges the saved log with what was recorded before it was read, and saves nothing before that', async () => {
    const saved = { ...emptyLog(new Date(Date.UTC(2026, 10, 29, 14))), solved: [] };
    saved.commands = [
      {
        line: 'old',
        output: '',
        outputCut: false,
        exitCode: 0,
        at: '2026-11-29T14:00:01.000Z',
        mission: null,
        host: 'bastion',
      },
    ];
    memory.set(SESSION_LOG_KEY, JSON.stringify(saved));
    const store = fakeStore();
    const stop = startSessionRecorder(store, tick);
    run(store, 'new', '', 0);
    vi.advanceTimersByTime(500);
    expect(JSON.parse(memory.get(SESSION_LOG_KEY) ?? '{}').commands).toHaveLength(1);
    await restoreSavedLog();
    expect(useSessionLog.getState().log.commands.map((c) => c.line)).toEqual(['old', 'new']);
    expect(useSessionLog.getState().log.startedAt).toBe('2026-11-29T14:00:00.000Z');
    stop();
  });

  it('saves the last command at once when the page goes away, before the save delay is over', async () => {
    const page = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', doc);
    const store = fakeStore();
    const stop = startSessionRecorder(store, tick);
    await restoreSavedLog();
    run(store, 'hostname', 'web-01\n', 0);
    expect(memory.get(SESSION_LOG_KEY)).toBeUndefined();
    page.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(memory.get(SESSION_LOG_KEY) ?? '{}').commands).toHaveLength(1);
    run(store, 'whoami', 'aluno\n', 0);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(JSON.parse(memory.get(SESSION_LOG_KEY) ?? '{}').commands).toHaveLength(2);
    stop();
    // Stopped: the page's events no longer write.
    run(store, 'uptime', '', 0);
    page.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(memory.get(SESSION_LOG_KEY) ?? '{}').commands).toHaveLength(2);
  });

  it('starts a new log over a saved one that is not valid, without throwing', async () => {
    memory.set(SESSION_LOG_KEY, '{"commands": "<script>"');
    await restoreSavedLog();
    expect(useSessionLog.getState().log.commands).toEqual([]);
    expect(useSessionLog.getState().restored).toBe(true);
  });

  it('finds the host in a coloured prompt', () => {
    expect(promptHost('\u001b[1;32maluno@db-02\u001b[0m:\u001b[34m/etc\u001b[0m# ')).toBe('db-02');
    expect(promptHost('no prompt')).toBe('');
  });
});
