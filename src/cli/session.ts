import { commit, createHistory, present, redoChange, undoChange, type World } from '../core';
import {
  type CommandRegistry,
  createRegistry,
  createShell,
  currentSession,
  execute,
  prompt,
  type ShellLocale,
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
  /** The language of the lab's own commands; English, like the runner's usage and its missions. */
  locale?: ShellLocale;
}

/** Runs command lines through the same shell the terminal uses, recording who ran what where. */
export function runSession(
  world: World,
  lines: readonly string[],
  options: SessionOptions = {},
): { state: ShellState; transcript: TranscriptEntry[]; text: string } {
  const registry = options.registry ?? createRegistry();
  let state: ShellState = { ...createShell(world), locale: options.locale ?? 'en' };
  // The runner keeps the world's snapshots so `undo` and `redo` work here as in the app.
  let history = createHistory(world, 'start');
  const transcript: TranscriptEntry[] = [];
  let text = '';
  for (const command of lines) {
    const session = currentSession(state);
    const shownPrompt = prompt(state, false);
    const execution = execute(state, registry, command);
    let next = execution.state;
    for (const effect of execution.effects) {
      if (effect.kind !== 'undo' && effect.kind !== 'redo') continue;
      for (let i = 0; i < effect.steps; i++)
        history = effect.kind === 'undo' ? undoChange(history) : redoChange(history);
      next = { ...next, world: present(history) };
    }
    history = commit(history, next.world, command);
    transcript.push({
      host: session.host,
      user: session.user,
      cwd: session.cwd,
      command,
      output: execution.output,
      exitCode: execution.exitCode,
    });
    text += `${shownPrompt}${command}\n${execution.output}`;
    state = next;
    options.afterCommand?.(state.world);
  }
  return { state, transcript, text };
}
