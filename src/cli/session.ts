import type { World } from '../core';
import {
  type CommandRegistry,
  createRegistry,
  createShell,
  currentSession,
  execute,
  prompt,
  type ShellState,
} from '../shell';

export interface TranscriptEntry {
  host: string;
  user: string;
  cwd: string;
  command: string;
  output: string;
  exitCode: number;
}

export interface SessionOptions {
  /** The command table (the CLI adds the mission commands to the shell's own). */
  registry?: CommandRegistry;
  /** Called with the world after every command line (a mission re-evaluates its checklist here). */
  afterCommand?: (world: World) => void;
}

/** Runs command lines through the same shell the terminal uses, recording who ran what where. */
export function runSession(
  world: World,
  lines: readonly string[],
  options: SessionOptions = {},
): { state: ShellState; transcript: TranscriptEntry[]; text: string } {
  const registry = options.registry ?? createRegistry();
  let state = createShell(world);
  const transcript: TranscriptEntry[] = [];
  let text = '';
  for (const command of lines) {
    const session = currentSession(state);
    const shownPrompt = prompt(state, false);
    const execution = execute(state, registry, command);
    transcript.push({
      host: session.host,
      user: session.user,
      cwd: session.cwd,
      command,
      output: execution.output,
      exitCode: execution.exitCode,
    });
    text += `${shownPrompt}${command}\n${execution.output}`;
    state = execution.state;
    options.afterCommand?.(state.world);
  }
  return { state, transcript, text };
}
