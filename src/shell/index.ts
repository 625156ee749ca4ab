export { type Completion, complete, completePath } from './completion';
export { createShell, type Execution, execute } from './execute';
export { CommandRegistry, createRegistry } from './registry';
export { currentSession, displayCwd, prompt } from './session';
export type * from './types';
