export { type Completion, complete, completePath } from './completion';
export { type SaveAs, type SaveResult, saveEditedFile } from './editor';
export { type Execution, execute } from './execute';
export { wrapText, wrapWords } from './format/wrap';
export { CommandRegistry, createRegistry } from './registry';
export { createShell, currentSession, displayCwd, prompt, terminalColumns } from './session';
export type * from './types';
