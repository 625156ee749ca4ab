export { type Completion, complete, completePath } from './completion';
export { type SaveAs, type SaveResult, saveEditedFile } from './editor';
export { type Execution, execute } from './execute';
export { CommandRegistry, createRegistry } from './registry';
export { createShell, currentSession, displayCwd, prompt } from './session';
export type * from './types';
