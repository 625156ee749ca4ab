/** The files and navigation family (cd and pwd are shell builtins, in commands/builtins.ts). */
export { chmodCommand } from './chmod';
export { chownCommand } from './chown';
export { cpCommand } from './cp';
export { mkdirCommand, touchCommand } from './create';
export { nanoCommand, viCommand, vimCommand } from './editors';
export { findCommand } from './find';
export { headCommand, tailCommand } from './headtail';
export { lsCommand } from './ls';
export { mvCommand } from './mv';
export { rmCommand } from './rm';
export { statCommand } from './stat';
export { treeCommand } from './tree';
export { catCommand, lessCommand, moreCommand } from './view';
export { whichCommand } from './which';
