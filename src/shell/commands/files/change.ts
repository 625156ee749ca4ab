/**
 * The world as a command changes it operand by operand: every change goes through a core file operation
 * (which records the ledger), and a failed one is turned into coreutils' errno text.
 */
import type { Actor, FsChange, FsErrorCode, FsOutcome, Server, World } from '../../../core';

export const ERRNO_TEXT: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  EBUSY: 'Device or resource busy',
  UNKNOWN_USER: 'Invalid argument',
  UNKNOWN_GROUP: 'Invalid argument',
};

/** errno text of a failed outcome (an unreachable host reads as an I/O error, which is what it would be). */
export function outcomeText(outcome: FsOutcome): string {
  if (outcome.ok) return '';
  return 'code' in outcome && outcome.code in ERRNO_TEXT
    ? ERRNO_TEXT[outcome.code as FsErrorCode]
    : 'Input/output error';
}

export class WorldChanges {
  constructor(
    public world: World,
    readonly host: string,
    readonly actor: Actor,
  ) {}

  get server(): Server {
    return this.world.servers[this.host] as Server;
  }

  /** Applies one core operation; on success the world moves on, on failure it stays. */
  apply(op: (world: World, host: string, actor: Actor) => FsChange): FsOutcome {
    const { world, outcome } = op(this.world, this.host, this.actor);
    if (outcome.ok) this.world = world;
    return outcome;
  }
}
