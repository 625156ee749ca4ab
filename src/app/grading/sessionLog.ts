import { missionProgress, type Progress } from '../../content';
import { plainText } from '../store/transcript';
import { type CommandRecord, LOG_LIMITS, type MissionResult, type SessionLog } from './sessionFormat';

/**
 * The session log as commands run: pure functions over `SessionLog`, bounded by `LOG_LIMITS` (the oldest
 * commands are dropped, long outputs are cut, and both are counted so the file can say so).
 */

export function emptyLog(now: Date): SessionLog {
  return { startedAt: now.toISOString(), commands: [], droppedCommands: 0, cutOutputs: 0, solved: [] };
}

export interface CommandInput {
  line: string;
  /** What the terminal printed, escape sequences included. */
  output: string;
  exitCode: number;
  at: Date;
  mission: string | null;
  host: string;
}

/** A gap longer than this between two commands is idle time, not work on the mission. */
export const IDLE_CAP_SECONDS = 300;

function outputUsed(commands: readonly CommandRecord[]): number {
  let used = 0;
  for (const c of commands) used += c.output.length;
  return used;
}

export function recordCommand(log: SessionLog, input: CommandInput): SessionLog {
  const kept = log.commands.length >= LOG_LIMITS.commands ? log.commands.slice(1) : log.commands;
  const dropped = log.commands.length - kept.length;
  const room = Math.max(0, LOG_LIMITS.outputTotal - outputUsed(kept));
  const text = plainText(input.output);
  const limit = Math.min(LOG_LIMITS.outputPerCommand, room);
  const outputCut = text.length > limit;
  const record: CommandRecord = {
    line: plainText(input.line).replace(/\n/g, ' ').slice(0, LOG_LIMITS.lineChars),
    output: outputCut ? text.slice(0, limit) : text,
    outputCut,
    exitCode: Math.min(255, Math.max(0, Math.trunc(input.exitCode) || 0)),
    at: input.at.toISOString(),
    mission: input.mission === null ? null : input.mission.slice(0, 64) || null,
    host: input.host.slice(0, 64),
  };
  return {
    ...log,
    commands: [...kept, record],
    droppedCommands: log.droppedCommands + dropped,
    cutOutputs: log.cutOutputs + (outputCut ? 1 : 0),
  };
}

/** The first time a mission is seen solved, by the wall clock. */
export function recordSolved(log: SessionLog, mission: string, at: Date): SessionLog {
  if (log.solved.length >= 64 || log.solved.some((s) => s.mission === mission)) return log;
  return { ...log, solved: [...log.solved, { mission, at: at.toISOString() }] };
}

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
