import { ledgerEntries } from '../../../core';
import { wrapText } from '../../format/wrap';
import { say, sayCount } from '../../i18n/say';
import { terminalColumns } from '../../session';
import { type CommandSpec, fail, ok } from '../../types';

/**
 * `undo` and `redo` step the lab's world back and forth. The shell does not keep the snapshots itself: it
 * asks its host (the app's history, or the headless runner's) through an effect, like the editor.
 */
function stepper(name: 'undo' | 'redo'): CommandSpec {
  const usageKey = name === 'undo' ? 'undo.usage' : 'redo.usage';
  return {
    name,
    summary:
      name === 'undo'
        ? "step the fleet back to before the last change (the lab's time machine)"
        : 'redo what undo took back',
    usage: `${name} [N]`,
    run: (ctx) => {
      const usage = say(ctx.state, usageKey);
      if (ctx.args[0] === '--help') return ok(usage);
      const steps = ctx.args[0] === undefined ? 1 : Number(ctx.args[0]);
      if (!Number.isInteger(steps) || steps < 1 || ctx.args.length > 1)
        return fail(`${say(ctx.state, 'undo.invalid', { command: name })}\n${usage}`, 2);
      const last = ledgerEntries(ctx.state.world.ledger).at(-1);
      const hint =
        name === 'undo' && last
          ? say(ctx.state, 'undo.lastChange', { host: last.host, command: last.command })
          : '';
      return {
        stdout: `${wrapText(`${sayCount(ctx.state, name === 'undo' ? 'undo.done' : 'redo.done', steps)}${hint}`, terminalColumns(ctx.state))}\n`,
        stderr: '',
        exitCode: 0,
        effects: [{ kind: name, steps }],
      };
    },
  };
}

export const undoCommand = stepper('undo');
export const redoCommand = stepper('redo');
