import { plainText } from '../store/transcript';
import { LOG_LIMITS } from './limits';
import type { CommandRecord, SessionLog } from './sessionFormat';

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
