import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { emptyProgress, recordStart } from '../../content/missions/progress';
import { createHistory, frotaGrandeWorld, frotaWorld, type World } from '../../core';
import { createRegistry, createShell, execute } from '../../shell';
import { createStorageSlice, type StorageSlice } from '../store/storageSlice';
import { appendEntry, EMPTY_TRANSCRIPT } from '../store/transcript';
import { backupKeys } from './backups';
import { encodeSession, type SessionSnapshot } from './codec';
import { BACKUP_PREFIX, MAX_BACKUPS, SESSION_KEY, SESSION_MAX_CHARS, SESSION_VERSION } from './format';
import * as restoreModule from './restore';
import { createSessionPersistence, type PersistenceEnv } from './sessionPersistence';
import { MemoryStorage } from './testStorage';

const WORLD = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
const registry = createRegistry();
/** Wall-clock time for backup names, moving on between "page loads" as it would. */
let clock = Date.UTC(2026, 10, 29, 12);

/** A store with the saved fields and the real notices slice, persisted into `storage`; `run()` fires saves. */
function open(
  storage: MemoryStorage,
  world: World = WORLD,
  restorer: PersistenceEnv['restorer'] = () => restoreModule,
) {
  const queue: (() => void)[] = [];
  const persistence = createSessionPersistence<never>({
    storage: () => storage,
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
    defer: (fn) => queue.push(fn),
    restorer,
  });
  const store = createStore<Record<string, unknown>>()(
    persist(
      (...args) => ({
        shell: createShell(world),
        transcript: EMPTY_TRANSCRIPT,
        commandCount: 0,
        missionProgress: emptyProgress(7),
        history: createHistory(world),
        viewing: null,
        lastChange: null,
        ...createStorageSlice(...(args as unknown as Parameters<typeof createStorageSlice>)),
      }),
      persistence.options as never,
    ),
  );
  const state = () => store.getState() as unknown as SessionSnapshot & { storageNotices: { kind: string }[] };
  persistence.attach(
    (notice) => (store.getState() as unknown as StorageSlice).addStorageNotice(notice),
    () => ({ ...state() }),
  );
  const type = (line: string) => {
    const run = execute(state().shell, registry, line);
    const transcript = appendEntry(
      state().transcript,
      { prompt: '$ ', command: line, output: run.output },
      false,
    );
    store.setState({ shell: run.state, transcript, commandCount: state().commandCount + 1 });
  };
  const run = () => {
    for (let fn = queue.shift(); fn; fn = queue.shift()) fn();
  };
  return { store, state, persistence, type, run, queue };
}

const notices = (s: { storageNotices: { kind: string }[] }) => s.storageNotices.map((n) => n.kind);

describe('saving and restoring', () => {
  it('restores the shell, the transcript, the counter and the missions after a "reload"', () => {
    const storage = new MemoryStorage();
    const tab = open(storage);
    tab.type('ssh web-01');
    tab.type('sudo systemctl stop nginx');
    tab.store.setState({
      missionProgress: recordStart(emptyProgress(7), 'meet-the-fleet', 5),
      guideTab: 'missions',
    });
    tab.run();
    const again = open(storage).state();
    expect(again.shell.stack).toEqual(tab.state().shell.stack);
    expect(again.shell.history).toEqual(tab.state().shell.history);
    expect(again.shell.world).toEqual(tab.state().shell.world);
    expect(again.transcript).toEqual(tab.state().transcript);
    expect(again.commandCount).toBe(2);
    expect(again.missionProgress).toEqual(tab.state().missionProgress);
    expect(again.guideTab).toBe('missions');
    expect(notices(again)).toEqual([]);
  });

  it('writes once for a burst of changes, and not at all when nothing saved changed', () => {
    const storage = new MemoryStorage();
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      writes++;
      setItem(k, v);
    };
    const tab = open(storage);
    tab.type('ssh web-01');
    tab.type('cd /etc');
    tab.store.setState({ viewing: 3 });
    expect(tab.queue).toHaveLength(1);
    tab.run();
    expect(writes).toBe(1);
    tab.store.setState({ viewing: null });
    tab.run();
    expect(writes).toBe(1);
  });

  it('saves what is pending at once on flush (pagehide), so no command waits for the deferred save', () => {
    const storage = new MemoryStorage();
    const tab = open(storage);
    tab.type('ssh web-01');
    tab.persistence.flush();
    expect(open(storage).state().shell.stack.at(-1)?.host).toBe('web-01');
  });
});

/** A storage holding a session saved on web-01, and that save's text. */
function savedOnWeb01() {
  const storage = new MemoryStorage();
  const first = open(storage);
  first.type('ssh web-01');
  first.run();
  return { storage, saved: storage.getItem(SESSION_KEY) };
}

/** Lets an asynchronous restore finish (its promise callbacks run before a macrotask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a restore that waits for its code (the browser loads the validation as a chunk)', () => {
  it('writes nothing before the saved session is read back, then restores it and saves again', async () => {
    const { storage, saved } = savedOnWeb01();
    let arrive: (r: typeof restoreModule) => void = () => {};
    const tab = open(storage, WORLD, () => new Promise((resolve) => (arrive = resolve)));
    // The fresh state changes meanwhile (a notice, a setting): nothing of it may reach the save.
    tab.store.setState({ viewing: 2 });
    tab.type('hostname');
    tab.run();
    expect(storage.getItem(SESSION_KEY)).toBe(saved);
    arrive(restoreModule);
    await settle();
    expect(tab.state().shell.stack.at(-1)?.host).toBe('web-01');
    tab.type('cd /etc');
    tab.run();
    expect(open(storage).state().shell.stack.at(-1)?.cwd).toBe('/etc');
  });

  it('a save that fails validation is set aside with its notice, read back after the store exists', async () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: 'driftlab-session', version: SESSION_VERSION, session: { a: 1 } });
    storage.setItem(SESSION_KEY, raw);
    const tab = open(storage, WORLD, () => Promise.resolve(restoreModule));
    await settle();
    const [notice] = tab.state().storageNotices as unknown as { kind: string; backupKey: string }[];
    expect(notice).toMatchObject({ kind: 'set-aside', reason: 'invalid' });
    expect(storage.getItem(notice?.backupKey ?? '')).toBe(raw);
  });

  it('when that code cannot load, the save is kept unread and not overwritten, with a notice', async () => {
    const { storage, saved } = savedOnWeb01();
    const tab = open(storage, WORLD, () => Promise.reject(new Error('offline')));
    await settle();
    expect(notices(tab.state())).toEqual(['unread']);
    expect(tab.state().shell.stack).toHaveLength(1);
    tab.type('ssh db-01');
    tab.run();
    expect(storage.getItem(SESSION_KEY)).toBe(saved);
    expect(backupKeys(storage)).toEqual([]);
    // Chosen by the learner: this tab's session is saved over the unread one.
    tab.persistence.saveOverStored();
    expect(open(storage).state().shell.stack.at(-1)?.host).toBe('db-01');
  });
});

describe('saved data that cannot be used is kept, with a notice', () => {
  const cases: [string, string, string][] = [
    ['corrupt JSON', '{"format":"driftlab-session","version":2,"session":{', 'corrupt'],
    ['a future version', JSON.stringify({ format: 'driftlab-session', version: 99, session: {} }), 'future'],
    [
      'schema-invalid data',
      JSON.stringify({ format: 'driftlab-session', version: 2, session: { a: 1 } }),
      'invalid',
    ],
    ['a missing body', JSON.stringify({ format: 'driftlab-session', version: 2 }), 'invalid'],
    [
      'a body that is a number',
      JSON.stringify({ format: 'driftlab-session', version: 2, session: 5 }),
      'invalid',
    ],
    ['oversized data', `"${'x'.repeat(SESSION_MAX_CHARS)}"`, 'oversized'],
  ];
  for (const [what, raw, reason] of cases) {
    it(`${what}: backup equals the text, the app starts fresh`, () => {
      const storage = new MemoryStorage();
      storage.setItem(SESSION_KEY, raw);
      const tab = open(storage);
      const [notice] = tab.state().storageNotices as unknown as {
        kind: string;
        reason: string;
        backupKey: string;
      }[];
      expect(notice).toMatchObject({ kind: 'set-aside', reason });
      expect(storage.getItem(notice?.backupKey ?? '')).toBe(raw);
      expect(storage.getItem(SESSION_KEY)).toBeNull();
      expect(tab.state().shell.stack).toHaveLength(1);
    });
  }

  it(`keeps at most ${MAX_BACKUPS} backups, dropping the oldest`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 5; i++) {
      storage.setItem(SESSION_KEY, `broken ${i}`);
      open(storage);
    }
    const keys = backupKeys(storage);
    expect(keys).toHaveLength(MAX_BACKUPS);
    expect(keys.map((k) => storage.getItem(k))).toEqual(['broken 2', 'broken 3', 'broken 4']);
  });

  it('with no room for a backup, leaves the text where it was and does not save over it until asked', () => {
    const raw = `"${'x'.repeat(SESSION_MAX_CHARS)}"`;
    const storage = new MemoryStorage(raw.length + SESSION_KEY.length + 10);
    storage.setItem(SESSION_KEY, raw);
    const tab = open(storage);
    expect(tab.state().storageNotices).toMatchObject([
      { kind: 'set-aside', reason: 'oversized', backupKey: null },
    ]);
    expect(storage.getItem(SESSION_KEY)).toBe(raw);
    tab.type('ssh web-01');
    tab.run();
    expect(storage.getItem(SESSION_KEY)).toBe(raw);
    storage.removeItem(SESSION_KEY);
    tab.persistence.saveOverStored();
    expect(open(storage).state().shell.stack.at(-1)?.host).toBe('web-01');
  });

  test.prop(
    [
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((session) => JSON.stringify({ format: 'driftlab-session', version: 2, session })),
        fc.tuple(fc.integer({ min: 0, max: 400 }), fc.string({ maxLength: 3 })).map(([at, junk]) => {
          const good = encodeSession({
            shell: createShell(WORLD),
            transcript: EMPTY_TRANSCRIPT,
            commandCount: 0,
            missionProgress: null,
          });
          return good.slice(0, at) + junk + good.slice(at);
        }),
      ),
    ],
    { numRuns: 60 },
  )('any text never throws and is never lost', (raw) => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, raw);
    const tab = open(storage);
    const kept = backupKeys(storage).map((k) => storage.getItem(k));
    const restored = tab.state().storageNotices.length === 0 && raw !== '';
    // Either it was a valid session (restored, still saved), or its exact text is in a backup.
    if (restored) expect(storage.getItem(SESSION_KEY)).toBe(raw);
    else if (raw !== '') expect(kept).toContain(raw);
  });
});

describe('older saves', () => {
  it('migrates version 1 (no missions), keeps the original as a backup and saves version 2', () => {
    const storage = new MemoryStorage();
    const v2 = JSON.parse(
      encodeSession({
        shell: createShell(WORLD),
        transcript: EMPTY_TRANSCRIPT,
        commandCount: 4,
        missionProgress: null,
      }),
    );
    delete v2.session.missions;
    const v1 = JSON.stringify({ ...v2, version: 1 });
    storage.setItem(SESSION_KEY, v1);
    const tab = open(storage);
    expect(tab.state().commandCount).toBe(4);
    expect(tab.state().missionProgress).toEqual(emptyProgress(7));
    const [notice] = tab.state().storageNotices as unknown as {
      kind: string;
      from: number;
      backupKey: string;
    }[];
    expect(notice).toMatchObject({ kind: 'migrated', from: 1 });
    expect(storage.getItem(notice?.backupKey ?? '')).toBe(v1);
    tab.run();
    expect(JSON.parse(storage.getItem(SESSION_KEY) ?? '{}').version).toBe(SESSION_VERSION);
  });
});

describe('when saving fails', () => {
  it('a full quota is a notice and the lab keeps working', () => {
    const storage = new MemoryStorage(1000);
    const tab = open(storage);
    tab.type('ssh web-01');
    expect(() => tab.run()).not.toThrow();
    expect(notices(tab.state())).toEqual(['quota']);
    tab.type('sudo systemctl stop nginx');
    tab.run();
    expect(notices(tab.state())).toEqual(['quota']);
    expect(tab.state().shell.world.servers['web-01']?.services.nginx?.active).toBe('inactive');
  });

  it('a fleet too large to save is a notice, and the previous save is left as it was', () => {
    const storage = new MemoryStorage();
    const tab = open(storage);
    tab.type('ssh web-01');
    tab.run();
    const earlier = storage.getItem(SESSION_KEY);
    tab.store.setState({ shell: createShell(frotaGrandeWorld(80, { seed: 1, now: WORLD.now })) });
    tab.run();
    expect(notices(tab.state())).toEqual(['too-large']);
    expect(storage.getItem(SESSION_KEY)).toBe(earlier);
  });
});

describe('two tabs', () => {
  it('a save from another tab stops this one from writing until the learner chooses', () => {
    const storage = new MemoryStorage();
    const a = open(storage);
    const b = open(storage);
    a.type('ssh web-01');
    a.run();
    const fromA = storage.getItem(SESSION_KEY);
    b.persistence.onOtherTab(SESSION_KEY);
    expect(notices(b.state())).toEqual(['other-tab']);
    b.type('ssh db-01');
    b.run();
    b.persistence.flush();
    expect(storage.getItem(SESSION_KEY)).toBe(fromA);
    b.persistence.saveOverStored();
    expect(open(storage).state().shell.stack.at(-1)?.host).toBe('db-01');
  });

  it('ignores other keys (settings, backups)', () => {
    const tab = open(new MemoryStorage());
    tab.persistence.onOtherTab('driftlab.settings');
    tab.persistence.onOtherTab(`${BACKUP_PREFIX}x`);
    expect(notices(tab.state())).toEqual([]);
  });
});
