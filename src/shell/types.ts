import type { Actor, World } from '../core';

/** One login on one host: ssh pushes a session, exit pops it. */
export interface HostSession {
  host: string;
  user: string;
  cwd: string;
  env: Record<string, string>;
}

export interface ShellState {
  world: World;
  /** The nested sessions, outermost (the bastion) first; never empty. */
  stack: HostSession[];
  lastExit: number;
}

/** Things the UI must do that are not text: the shell never touches the UI itself. */
export type ShellEffect = { kind: 'clear' } | { kind: 'open-editor'; host: string; path: string };

export interface CommandContext {
  state: ShellState;
  session: HostSession;
  /** Arguments after the command name. */
  args: string[];
  stdin: string;
  /** The user the command runs as (root under sudo). */
  user: string;
  actor: Actor;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  world?: World;
  stack?: HostSession[];
  effects?: ShellEffect[];
}

export interface CommandSpec {
  name: string;
  /** One line for `help`. */
  summary: string;
  usage: string;
  run(ctx: CommandContext): CommandResult;
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr, exitCode };
}
