import { ledgerEntries } from '../../../core';
import { type CommandSpec, fail, ok } from '../../types';

/**
 * `undo` and `redo` step the lab's world back and forth. The shell does not keep the snapshots itself: it
 * asks its host (the app's history, or the headless runner's) through an effect, like the editor.
 */
function stepper(name: 'undo' | 'redo'): CommandSpec {
  const usage = `Usage: ${name} [N]\n${name === 'undo' ? 'Go back' : 'Go forward again'} N steps (default 1) in the lab's history of changes to the fleet.\n`;
  return {
    name,
    summary:
      name === 'undo'
        ? "step the fleet back to before the last change (the lab's time machine)"
        : 'redo what undo took back',
    usage,
    run: (ctx) => {
      if (ctx.args[0] === '--help') return ok(usage);
      const steps = ctx.args[0] === undefined ? 1 : Number(ctx.args[0]);
      if (!Number.isInteger(steps) || steps < 1 || ctx.args.length > 1)
        return fail(`${name}: invalid number of steps\n${usage}`, 2);
      const last = ledgerEntries(ctx.state.world.ledger).at(-1);
      const hint = name === 'undo' && last ? ` (the last change: ${last.host}: ${last.command})` : '';
      return {
        stdout: `${name}: ${steps} step${steps > 1 ? 's' : ''}${hint}\n`,
        stderr: '',
        exitCode: 0,
        effects: [{ kind: name, steps }],
      };
    },
  };
}

export const undoCommand = stepper('undo');
export const redoCommand = stepper('redo');
