/** The files and navigation family (cd and pwd are shell builtins, in commands/builtins.ts). */
import { safeTerminalText } from '../../format/safeText';
import type { CommandSpec } from '../../types';
import { chmodCommand as chmod } from './chmod';
import { chownCommand as chown } from './chown';
import { cpCommand as cp } from './cp';
import { mkdirCommand as mkdir, touchCommand as touch } from './create';
import { nanoCommand as nano, viCommand as vi, vimCommand as vim } from './editors';
import { findCommand as find } from './find';
import { headCommand as head, tailCommand as tail } from './headtail';
import { lsCommand as ls } from './ls';
import { mvCommand as mv } from './mv';
import { rmCommand as rm } from './rm';
import { statCommand as stat } from './stat';
import { treeCommand as tree } from './tree';
import { catCommand as cat, lessCommand as less, moreCommand as more } from './view';
import { whichCommand as which } from './which';

/**
 * File names and operands reach the terminal in messages too (`rm: cannot remove '<name>'`), so every
 * stream of this family is made safe, not only file contents.
 */
function safe(spec: CommandSpec): CommandSpec {
  return {
    ...spec,
    run: (ctx) => {
      const result = spec.run(ctx);
      return { ...result, stdout: safeTerminalText(result.stdout), stderr: safeTerminalText(result.stderr) };
    },
  };
}

export const catCommand = safe(cat);
export const chmodCommand = safe(chmod);
export const chownCommand = safe(chown);
export const cpCommand = safe(cp);
export const findCommand = safe(find);
export const headCommand = safe(head);
export const lessCommand = safe(less);
export const lsCommand = safe(ls);
export const mkdirCommand = safe(mkdir);
export const moreCommand = safe(more);
export const mvCommand = safe(mv);
export const nanoCommand = safe(nano);
export const rmCommand = safe(rm);
export const statCommand = safe(stat);
export const tailCommand = safe(tail);
export const touchCommand = safe(touch);
export const treeCommand = safe(tree);
export const viCommand = safe(vi);
export const vimCommand = safe(vim);
export const whichCommand: typeof which = (registry) => safe(which(registry));
