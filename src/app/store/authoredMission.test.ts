import { beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress, type Mission, recordStart } from '../../content';
import { SAMPLE_MISSION } from '../../content/authored/sampleMission';
import { checkRestoredAuthored, type RestoreStore } from '../missions/authoredRestore';
import { encodeSession, type SessionSnapshot } from '../persistence/codec';
import { SESSION_KEY } from '../persistence/format';
import type { StorageNotice } from '../persistence/notices';
import { decodeSession } from '../persistence/restore';
import { MemoryStorage } from '../persistence/testStorage';
import { useAppStore } from './index';
import { EMPTY_TRANSCRIPT } from './transcript';

const SEED = 7;
const ID = SAMPLE_MISSION.id;
const initial = useAppStore.getState();
const store = () => useAppStore.getState();
const run = (line: string) => store().runCommand(line);
const solution = SAMPLE_MISSION.kind === 'mission' ? SAMPLE_MISSION.solution : [];

beforeEach(() => {
  useAppStore.setState(initial, true);
  store().setLocale('en');
  store().hydrateMissions(emptyProgress(SEED));
});

describe('an authored mission in the lab', () => {
  it('is listed after the shipped missions and starts like them, its checklist failing at first', () => {
    store().playAuthoredMission(SAMPLE_MISSION);
    const state = store();
    expect(state.missionRuntime?.missions.at(-1)?.id).toBe(ID);
    expect(state.missionProgress.active).toBe(ID);
    expect(state.missionProgress.missions[ID]).toMatchObject({ attempts: 1, status: 'in-progress' });
    expect(state.shell.stack).toEqual([expect.objectContaining({ host: 'bastion' })]);
    expect(state.missionEvaluation?.complete).toBe(false);
    expect(state.missionEvaluation?.checks.map((c) => c.passed)).toEqual([false, false]);
  });

  it('is completed by its own reference solution, typed command by command, and recorded as solved', () => {
    store().playAuthoredMission(SAMPLE_MISSION);
    run(solution[0] as string);
    run(solution[1] as string);
    expect(store().missionEvaluation?.checks.map((c) => c.passed)).toEqual([true, false]);
    expect(store().missionEvaluation?.checks[1]?.reason).toMatch(/still runs with the old configuration/);
    for (const line of solution.slice(2)) run(line);
    expect(store().missionEvaluation?.complete).toBe(true);
    expect(store().missionProgress.missions[ID]).toMatchObject({
      status: 'solved',
      commands: solution.length,
      totalCommands: solution.length,
    });
  });

  it('gives its own hints and solution, through the panel and the terminal', () => {
    store().playAuthoredMission(SAMPLE_MISSION);
    store().takeHint();
    expect(run('hint').output).toMatch(/^Hint 2\/3: The file belongs to root/);
    store().revealSolution();
    expect(store().missionProgress.missions[ID]).toMatchObject({ hintsUsed: 2, solutionRevealed: true });
    store().playWholeSolution();
    expect(store().missionEvaluation?.complete).toBe(true);
    expect(run('mission list').output).toContain(ID);
  });

  it('keeps its quiz answers in the progress that is saved, ignoring a choice that is not an option', () => {
    store().playAuthoredMission(SAMPLE_MISSION);
    store().answerQuiz(1, 0);
    store().answerQuiz(0, 1);
    store().answerQuiz(0, 7);
    expect(store().missionProgress.missions[ID]?.quizAnswers).toEqual([1, 0]);
    store().startMission(ID);
    expect(store().missionProgress.missions[ID]?.quizAnswers).toBeUndefined();
  });

  it("is refused with a shipped mission's id: the lab and its progress stay as they were", () => {
    const before = store().missionProgress;
    store().playAuthoredMission({ ...SAMPLE_MISSION, id: 'hotfix-drift' });
    expect(store().authoredMission).toBeNull();
    expect(store().missionProgress).toBe(before);
  });

  it('is replaced by the next one used, which resumes the checklist with its own checks', () => {
    store().playAuthoredMission(SAMPLE_MISSION);
    const other: Mission = {
      ...SAMPLE_MISSION,
      id: 'outra-missao',
      title: { 'pt-BR': 'Outra', en: 'Other' },
    };
    store().playAuthoredMission(other);
    const ids = store().missionRuntime?.missions.map((m) => m.id) ?? [];
    expect(ids.filter((id) => id === ID || id === 'outra-missao')).toEqual(['outra-missao']);
    expect(store().missionProgress.active).toBe('outra-missao');
    // The first one's progress stays recorded, for the session export.
    expect(store().missionProgress.missions[ID]?.attempts).toBe(1);
  });
});

describe('an authored mission across a reload', () => {
  it('travels in the saved session, as it was', () => {
    store().playAuthoredMission(SAMPLE_MISSION);
    const s = store();
    const snapshot: SessionSnapshot = {
      shell: s.shell,
      transcript: EMPTY_TRANSCRIPT,
      commandCount: 1,
      missionProgress: s.missionProgress,
      authoredMission: s.authoredMission,
    };
    const decoded = decodeSession(encodeSession(snapshot));
    expect(decoded.ok === true && decoded.snapshot.authoredMission).toEqual(SAMPLE_MISSION);
    const without = decodeSession(encodeSession({ ...snapshot, authoredMission: undefined }));
    expect(without.ok === true && 'authoredMission' in without.snapshot).toBe(false);
  });

  it('resumes, checked by its schema, once the lab has loaded', async () => {
    const progress = recordStart(emptyProgress(SEED), ID, 0);
    useAppStore.setState({ authoredToCheck: JSON.parse(JSON.stringify(SAMPLE_MISSION)) });
    store().hydrateMissions(progress);
    await expect.poll(() => store().authoredMission?.id).toBe(ID);
    expect(store().authoredToCheck).toBeUndefined();
    expect(store().missionRuntime?.active()?.mission.id).toBe(ID);
    expect(store().missionEvaluation?.complete).toBe(false);
  });
});

/** A store holding a restored, unchecked authored mission, active in the learner's progress. */
function restoring(raw: unknown) {
  const notices: StorageNotice[] = [];
  const hydrated: (string | null)[] = [];
  let state = {
    authoredMission: null as Mission | null,
    authoredToCheck: raw,
    missionProgress: recordStart(emptyProgress(SEED), ID, 0),
  };
  const fake: RestoreStore = {
    get: () => ({
      ...state,
      hydrateMissions: (p) => {
        hydrated.push(p.active);
      },
      addStorageNotice: (n) => {
        notices.push(n);
      },
    }),
    set: (partial) => {
      state = { ...state, ...partial };
    },
  };
  return { fake, notices, hydrated, state: () => state };
}

describe('a restored authored mission that fails its check', () => {
  const broken = { ...SAMPLE_MISSION, hints: [] };
  const now = new Date(Date.UTC(2026, 10, 29, 12));

  it('is set aside: the saved session copied to a backup key, a notice, the mission no longer active', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, '{"saved":"session"}');
    const r = restoring(broken);
    checkRestoredAuthored(r.fake, storage, now);
    const notice = r.notices[0];
    expect(notice).toMatchObject({ kind: 'mission-set-aside' });
    const key = notice?.kind === 'mission-set-aside' ? notice.backupKey : null;
    expect(key).not.toBeNull();
    expect(storage.getItem(key as string)).toBe('{"saved":"session"}');
    expect(r.state().authoredToCheck).toBeUndefined();
    expect(r.state().authoredMission).toBeNull();
    expect(r.hydrated).toEqual([null]);
  });

  it("with a shipped mission's id, or a scenario the lab lacks, is set aside too", () => {
    for (const raw of [
      { ...SAMPLE_MISSION, id: 'sandbox' },
      { ...SAMPLE_MISSION, scenario: 'nenhum' },
    ]) {
      const r = restoring(raw);
      checkRestoredAuthored(r.fake, new MemoryStorage(), now);
      expect(r.notices.map((n) => n.kind)).toEqual(['mission-set-aside']);
    }
  });

  it('stays in the save, unused, when there is no room for a copy', () => {
    const r = restoring(broken);
    checkRestoredAuthored(r.fake, new MemoryStorage(0), now);
    expect(r.notices).toEqual([{ kind: 'mission-set-aside', backupKey: null }]);
    expect(r.state().authoredToCheck).toBe(broken);
    expect(r.state().authoredMission).toBeNull();
  });
});
