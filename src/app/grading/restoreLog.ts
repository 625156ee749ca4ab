import { LOG_LIMITS } from './limits';
import { type SessionLog, SessionLogSchema } from './sessionFormat';

/**
 * The saved log, validated (zod: loaded after the first screen), with the commands recorded meanwhile
 * appended; null when nothing valid was saved.
 */
export function restoreLog(saved: string | null, meanwhile: SessionLog): SessionLog | null {
  if (!saved) return null;
  let parsed: ReturnType<typeof SessionLogSchema.safeParse>;
  try {
    parsed = SessionLogSchema.safeParse(JSON.parse(saved));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const log = parsed.data;
  const all = [...log.commands, ...meanwhile.commands];
  const dropped = Math.max(0, all.length - LOG_LIMITS.commands);
  const solved = [
    ...log.solved,
    ...meanwhile.solved.filter((s) => !log.solved.some((o) => o.mission === s.mission)),
  ];
  return {
    startedAt: log.startedAt,
    commands: all.slice(dropped),
    droppedCommands: log.droppedCommands + meanwhile.droppedCommands + dropped,
    cutOutputs: log.cutOutputs + meanwhile.cutOutputs,
    solved: solved.slice(0, 64),
  };
}
