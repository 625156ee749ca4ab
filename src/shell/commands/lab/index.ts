import type { CommandSpec } from '../../types';
import { convergeCommand } from './converge';
import { driftCommand } from './drift';
import { rebuildCommand } from './rebuild';
import { redoCommand, undoCommand } from './undo';

/** The lab's own tools: drift detection, convergence, rebuilds, and the time machine. */
export const labCommands: readonly CommandSpec[] = [
  driftCommand,
  convergeCommand,
  rebuildCommand,
  undoCommand,
  redoCommand,
];
