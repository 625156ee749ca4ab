// Generated learners' session files for the class view's e2e and figures: every mission, results that vary
// with the learner's number, in the format DriftLab exports (`driftlab-session-log` v1).
export const CLASS_MISSIONS = [
  'meet-the-fleet',
  'in-place-upgrade',
  'hotfix-drift',
  'staging-vs-prod',
  'patch-cve',
  'what-changed',
  'converge-and-rebuild',
  'sandbox',
];
const STATUSES = ['solved', 'in-progress', 'not-started'];

/** Learner `i`'s session file ("Aluno 007" for 7), as DriftLab exports it. */
export function classSessionJson(i) {
  const at = (minute) => new Date(Date.UTC(2026, 10, 29, 14, minute % 60)).toISOString();
  const missions = CLASS_MISSIONS.map((id, m) => {
    const status = STATUSES[(i * 7 + m * 5 + (i >> 3)) % 3];
    const started = status !== 'not-started';
    return {
      id,
      status,
      attempts: started ? 1 + ((i + m) % 3) : 0,
      commands: started ? 1 + ((i + m) % 20) : 0,
      hintsUsed: started ? (i * 13 + m) % 4 : 0,
      solutionRevealed: started && (i + m) % 11 === 0,
      firstCommandAt: status === 'not-started' ? null : at(m * 5),
      lastCommandAt: status === 'not-started' ? null : at(m * 5 + 3),
      solvedAt: status === 'solved' ? at(m * 5 + 3) : null,
      activeSeconds: status === 'not-started' ? 0 : 60 + ((i * 37 + m * 11) % 900),
    };
  });
  return JSON.stringify({
    format: 'driftlab-session-log',
    version: 1,
    learner: { name: `Aluno ${String(i).padStart(3, '0')}` },
    exportedAt: '2026-11-29T16:00:00.000Z',
    locale: 'pt-BR',
    seed: i + 1,
    limits: { commands: 1000, lineChars: 2000, outputPerCommand: 4000, outputTotal: 256000 },
    progress: { version: 1, seed: i + 1, active: null, missions: {} },
    missions,
    hintsUsed: missions.reduce((sum, m) => sum + m.hintsUsed, 0),
    log: { startedAt: at(0), commands: [], droppedCommands: 0, cutOutputs: 0, solved: [] },
  });
}
