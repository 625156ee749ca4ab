export { createRegistry, createShell, type Execution, execute } from './execute';
export { CommandRegistry } from './registry';
export { currentSession, displayCwd, prompt } from './session';
export type * from './types';
