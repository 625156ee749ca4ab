/** The files and navigation family (cd and pwd are shell builtins, in commands/builtins.ts). */
export { findCommand } from './find';
export { headCommand, tailCommand } from './headtail';
export { lsCommand } from './ls';
export { statCommand } from './stat';
export { treeCommand } from './tree';
export { catCommand, lessCommand, moreCommand } from './view';
export { whichCommand } from './which';
