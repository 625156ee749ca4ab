import type { StateCreator } from 'zustand';
import type { GuidedMission, Mission, MissionEvaluation, MissionRuntime } from '../../content';
// Straight from the modules, not the content barrel: the store is on the first screen, the missions' data
// and zod are not (they come with the lab, see labLoader.ts).
import { emptyProgress, missionProgress, type Progress } from '../../content/missions/progress';
import { fill } from '../../content/missions/variables';
import type { World } from '../../core';
import type { RestoreStore } from '../missions/authoredRestore';
import { browserEnv } from '../persistence/browser';
import { typeIntoTerminal } from '../terminal/terminalInput';
import type { EditorSlice } from './editorSlice';
import type { HistorySlice } from './historySlice';
import { loadedLab, loadLab } from './labLoader';
import type { ShellSlice } from './shellSlice';
import type { StorageSlice } from './storageSlice';
import type { UiSlice } from './uiSlice';

/** What the lesson pane shows: the lesson's text or the missions. */
export type GuideTab = 'lesson' | 'missions';

export interface MissionSlice {
  /**
   * The content's runtime for this learner (not saved: rebuilt from `missionProgress` by `hydrateMissions`);
   * null until the lab (missions and shell commands) has loaded — no mission can be active before that.
   */
  missionRuntime: MissionRuntime | null;
  /** The `MissionRuntime` the terminal's `mission` and `hint` commands are registered with. */
  missionPort: MissionRuntime;
  /** The learner's progress: plain, versioned, serializable data (what persistence saves). */
  missionProgress: Progress;
  /** The active mission's checklist as of the last command, or null without an active mission. */
  missionEvaluation: MissionEvaluation | null;
  /** The next line of the revealed solution the player types. */
  solutionStep: number;
  /** A mission a lesson link asked for while another one is in progress: the panel asks first. */
  missionRequest: string | null;
  /**
   * A mission whose title takes the keyboard once it is the active one and shown: the control that started
   * it may be gone (a list button becomes "current", a lesson link sits in a hidden tab, the missions' panel
   * is still loading). The title consumes it (`missions/focusMission.ts`); null when nothing waits.
   */
  missionFocus: string | null;
  /** Asks for the keyboard to go to this mission's title once it is active and shown (null: drop the wish). */
  focusMission(id: string | null): void;
  guideTab: GuideTab;
  setGuideTab(tab: GuideTab): void;
  /**
   * Takes over saved progress (a reload, a change of language): the active mission resumes over `world`
   * (default: the present one) without a new attempt. Leaves the world and the shell as they are. Before
   * the lab has loaded it keeps the progress, and the mission resumes over the present world once it has.
   */
  hydrateMissions(progress: Progress, world?: World): void;
  /** No mission is active any more (another scenario was loaded): its progress stays recorded. */
  leaveMission(): void;
  /** For `runCommand`: whether the command just run started a mission (its world replaces the history). */
  consumeMissionStart(): boolean;
  /** After every command (typed or an editor save): re-evaluates the checklist and counts the command. */
  afterMissionCommand(): void;
  /** After the world changed without a command (undo button, chaos switch): re-evaluates, counts nothing. */
  refreshMission(): void;
  /** Starts (or restarts) a mission by typing `mission start ID` into the terminal, as the learner would. */
  startMission(id: string): void;
  /**
   * A mission asked to start while the file editor is open: the editor pane asks whether to discard the
   * edit first (the mission replaces the world the file belongs to). Null when nothing waits.
   */
  missionAfterEditor: string | null;
  /** Discards the open edit and starts the waiting mission. */
  confirmMissionOverEditor(): void;
  /** Keeps the edit; the mission does not start. */
  cancelMissionOverEditor(): void;
  /** A lesson link: opens the mission, asking first if another one is in progress. */
  requestMission(id: string): void;
  confirmMissionRequest(): void;
  cancelMissionRequest(): void;
  /** The next hint, as the `hint` command gives it (same hints, same count). */
  takeHint(): void;
  revealSolution(): void;
  /** The learner's choice for a quiz question: saved with the progress, so it survives a reload. */
  answerQuiz(question: number, option: number): void;
  /** Types the next line of the revealed solution into the terminal. */
  playSolutionStep(): void;
  playWholeSolution(): void;
  /** A sandbox chaos switch: its background event happens now. */
  flipChaos(switchId: string): void;
  /**
   * The instructor's mission in the lab (authoring's "use in lab", a share link): checked by its schema,
   * listed after the shipped missions and played like them; saved with the session. Null when none.
   */
  authoredMission: Mission | null;
  /**
   * A restored save's authored mission, not checked yet (its schema, zod, comes only with it, after the lab:
   * `authoredRestore.ts`); undefined when there is nothing to check.
   */
  authoredToCheck: unknown;
  /**
   * Puts an authored mission (already valid) in the lab, replacing the previous one, and starts it as the
   * panel starts any mission. A mission with a shipped mission's id is not taken: the caller says why.
   */
  playAuthoredMission(mission: Mission): void;
}

type State = MissionSlice &
  Pick<EditorSlice, 'editorSession' | 'editorEdited' | 'closeEditor'> &
  Pick<StorageSlice, 'addStorageNotice'> &
  Pick<ShellSlice, 'shell' | 'runCommand'> &
  Pick<HistorySlice, 'commitWorld'> &
  Pick<UiSlice, 'locale'>;

/** A seed of its own for each learner, so a class cannot copy one answer. */
export function newLearnerSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto.getRandomValues(values);
  return 1 + ((values[0] ?? 0) % 99_999);
}

/** The active mission's reference solution with the learner's values, once revealed; else null. */
export function revealedSolution(state: Pick<MissionSlice, 'missionRuntime' | 'missionProgress'>) {
  const active = state.missionRuntime?.active();
  if (active?.mission.kind !== 'mission') return null;
  if (!missionProgress(state.missionProgress, active.mission.id).solutionRevealed) return null;
  return (active.mission as GuidedMission).solution.map((line) => fill(line, active.vars));
}

let restoreChecked = false;

/** Checks a restored authored mission once; its module brings the mission schema (zod) when one was saved. */
function checkRestoredAuthored(store: RestoreStore): void {
  if (restoreChecked) return;
  restoreChecked = true;
  void import('../missions/authoredRestore').then((m) =>
    m.checkRestoredAuthored(store, browserEnv().storage(), new Date()),
  );
}

export function createMissionSlice(seed: number): StateCreator<State, [], [], MissionSlice> {
  return (set, get) => {
    let startedByCommand = false;
    const runtime = () => get().missionRuntime;
    /** For the port: the `mission` command runs only once the lab has loaded and installed the runtime. */
    const loaded = () => {
      const current = runtime();
      if (!current) throw new Error('mission runtime used before the lab loaded');
      return current;
    };
    const sync = () =>
      set({
        missionProgress: runtime()?.progress() ?? get().missionProgress,
        missionEvaluation: runtime()?.active()?.evaluation ?? null,
      });
    const type = (line: string) => typeIntoTerminal(line, (l) => get().runCommand(l));

    // Delegates to whichever runtime the store holds now, and notes starts for `runCommand`.
    const port: MissionRuntime = {
      get locale() {
        return loaded().locale;
      },
      get missions() {
        return loaded().missions;
      },
      progress: () => loaded().progress(),
      active: () => loaded().active(),
      start: (id, options) => {
        const started = loaded().start(id, options);
        if (started) startedByCommand = true;
        return started;
      },
      resume: (id, world) => loaded().resume(id, world),
      afterCommand: (world) => loaded().afterCommand(world),
      nextHint: () => loaded().nextHint(),
      revealSolution: () => loaded().revealSolution(),
      answerQuiz: (question, option) => loaded().answerQuiz(question, option),
    };

    const initial = emptyProgress(seed);
    return {
      missionRuntime: null,
      missionPort: port,
      missionProgress: initial,
      missionEvaluation: null,
      solutionStep: 0,
      missionRequest: null,
      missionFocus: null,
      focusMission: (missionFocus) => set({ missionFocus }),
      guideTab: 'lesson',
      setGuideTab: (guideTab) => set({ guideTab }),
      hydrateMissions(progress, world) {
        const lab = loadedLab();
        if (!lab) return set({ missionProgress: progress });
        if (get().authoredToCheck !== undefined) checkRestoredAuthored({ get, set });
        const present = world ?? get().shell.world;
        set({ missionRuntime: lab.missionRuntime(get().locale, progress, present, get().authoredMission) });
        sync();
      },
      leaveMission() {
        set({ solutionStep: 0, missionRequest: null });
        get().hydrateMissions({ ...get().missionProgress, active: null });
      },
      consumeMissionStart() {
        const started = startedByCommand;
        startedByCommand = false;
        if (started) set({ solutionStep: 0 });
        return started;
      },
      afterMissionCommand() {
        runtime()?.afterCommand(get().shell.world);
        sync();
      },
      refreshMission() {
        const active = runtime()?.active();
        if (!active) return;
        runtime()?.resume(active.mission.id, get().shell.world);
        sync();
      },
      startMission(id) {
        // Only unsaved text is worth a question; a file opened and left as it was just closes.
        if (get().editorSession && get().editorEdited)
          return set({ missionAfterEditor: id, missionRequest: null, guideTab: 'missions' });
        if (get().editorSession) get().closeEditor();
        set({ guideTab: 'missions', missionRequest: null });
        // The line runs through the shell: wait for the lab if the panel was quicker than it.
        if (loadedLab()) type(`mission start ${id}`);
        else void loadLab().then(() => type(`mission start ${id}`));
      },
      requestMission(id) {
        const lab = loadedLab();
        if (!lab) {
          void loadLab().then(() => get().requestMission(id));
          return;
        }
        if (!(runtime()?.missions ?? lab.missions).some((m) => m.id === id)) return;
        const { missionProgress: progress } = get();
        const current = progress.active;
        set({ guideTab: 'missions' });
        if (current === id) return;
        // Only work would be lost: a mission just started, or already solved, is left without asking.
        const now = current === null ? null : missionProgress(progress, current);
        const busy = now !== null && now.status === 'in-progress' && now.commands > 0;
        if (busy) set({ missionRequest: id });
        else get().startMission(id);
      },
      confirmMissionRequest() {
        const id = get().missionRequest;
        if (id) get().startMission(id);
      },
      // The mission asked for will not start: its title has no reason to take the keyboard.
      cancelMissionRequest: () => set({ missionRequest: null, missionFocus: null }),
      missionAfterEditor: null,
      confirmMissionOverEditor() {
        const id = get().missionAfterEditor;
        set({ missionAfterEditor: null });
        get().closeEditor();
        if (id) get().startMission(id);
      },
      cancelMissionOverEditor: () => set({ missionAfterEditor: null, missionFocus: null }),
      takeHint() {
        runtime()?.nextHint();
        sync();
      },
      revealSolution() {
        if (runtime()?.revealSolution()) set({ solutionStep: 0 });
        sync();
      },
      answerQuiz(question, option) {
        runtime()?.answerQuiz(question, option);
        sync();
      },
      playSolutionStep() {
        const lines = revealedSolution(get()) ?? [];
        const step = get().solutionStep;
        const line = lines[step];
        if (line === undefined) return;
        set({ solutionStep: step + 1 });
        type(line);
      },
      playWholeSolution() {
        const total = revealedSolution(get())?.length ?? 0;
        while (get().solutionStep < total && revealedSolution(get()) !== null) get().playSolutionStep();
      },
      flipChaos(switchId) {
        const lab = loadedLab();
        const active = runtime()?.active();
        if (!lab || active?.mission.kind !== 'sandbox') return;
        const before = get().shell.world;
        const world = lab.triggerChaos(before, active.mission, switchId, active.vars);
        if (world === before) return;
        set((s) => ({ shell: { ...s.shell, world } }));
        get().commitWorld(world, `chaos: ${switchId}`);
        get().refreshMission();
      },
      authoredMission: null,
      authoredToCheck: undefined,
      playAuthoredMission(mission) {
        const lab = loadedLab();
        if (!lab) {
          void loadLab().then(() => get().playAuthoredMission(mission));
          return;
        }
        if (lab.missions.some((m) => m.id === mission.id)) return;
        set({ authoredMission: mission, authoredToCheck: undefined });
        get().hydrateMissions(get().missionProgress);
        get().startMission(mission.id);
      },
    };
  };
}
