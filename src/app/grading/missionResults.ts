import { missionProgress, type Progress } from '../../content';
import type { MissionResult, SessionLog } from './sessionFormat';

/** A gap longer than this between two commands is idle time, not work on the mission. */
export const IDLE_CAP_SECONDS = 300;

interface Timing {
  first: string;
  last: string;
  seconds: number;
}

/** Per mission: the first and last command, and the capped gaps before each of its commands. */
function timings(log: SessionLog): Map<string, Timing> {
  const byMission = new Map<string, Timing>();
  let previous: number | null = null;
  for (const c of log.commands) {
    const at = Date.parse(c.at);
    const gap = previous === null ? 0 : Math.min(IDLE_CAP_SECONDS, Math.max(0, (at - previous) / 1000));
    previous = at;
    if (c.mission === null) continue;
    const t = byMission.get(c.mission);
    if (t) byMission.set(c.mission, { first: t.first, last: c.at, seconds: t.seconds + gap });
    else byMission.set(c.mission, { first: c.at, last: c.at, seconds: gap });
  }
  return byMission;
}

/** What the grader reads per mission: the learner's progress joined with the wall-clock times. */
export function missionResults(progress: Progress, log: SessionLog): MissionResult[] {
  const times = timings(log);
  const ids = [...new Set([...Object.keys(progress.missions), ...times.keys()])].slice(0, 64);
  return ids.map((id) => {
    const p = missionProgress(progress, id);
    const t = times.get(id);
    return {
      id,
      status: p.status,
      attempts: p.attempts,
      commands: p.totalCommands,
      hintsUsed: p.hintsUsed,
      solutionRevealed: p.solutionRevealed,
      firstCommandAt: t?.first ?? null,
      lastCommandAt: t?.last ?? null,
      solvedAt: log.solved.find((s) => s.mission === id)?.at ?? null,
      activeSeconds: Math.round(t?.seconds ?? 0),
    };
  });
}
