import type { World } from '../core';
import { createRegistry, createShell, currentSession, execute, prompt, type ShellState } from '../shell';

export interface TranscriptEntry {
  host: string;
  user: string;
  cwd: string;
  command: string;
  output: string;
  exitCode: number;
}

/** Runs command lines through the same shell the terminal uses, recording who ran what where. */
export function runSession(
  world: World,
  lines: readonly string[],
): { state: ShellState; transcript: TranscriptEntry[]; text: string } {
  const registry = createRegistry();
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
  }
  return { state, transcript, text };
}
