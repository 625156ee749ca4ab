export { type Completion, complete, completePath } from './completion';
export { type SaveAs, type SaveResult, saveEditedFile } from './editor';
export { createShell, type Execution, execute } from './execute';
export { CommandRegistry, createRegistry } from './registry';
export { currentSession, displayCwd, prompt } from './session';
export type * from './types';
