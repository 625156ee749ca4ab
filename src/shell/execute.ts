import { tick } from '../core';
import { expandHistory } from './exec/history';
import { type Ran, runAndOr } from './exec/pipeline';
import { parseLine } from './parser';
import type { CommandRegistry } from './registry';
import { currentSession } from './session';
import type { ShellEffect, ShellState } from './types';

// createShell lives with the sessions, so the app's first screen gets it without the executor and the parser.
export { createShell } from './session';

export interface Execution {
  state: ShellState;
  /** Everything the terminal shows for this line, in order (stdout and stderr interleaved per command). */
  output: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  effects: ShellEffect[];
}

/** Typing and running a command takes a learner a few seconds of simulated time. */
const COMMAND_SECONDS = 5;

function appendHistory(state: ShellState, host: string, line: string): ShellState {
  const previous = state.history[host] ?? [];
  // HISTCONTROL=ignoreboth, Debian's default: no lines starting with a space, no immediate repeats.
  if (line.startsWith(' ') || previous[previous.length - 1] === line) return state;
  return { ...state, history: { ...state.history, [host]: [...previous, line] } };
}

/** Runs one command line typed by the learner, returning the new state and what to print. Never throws. */
export function execute(state: ShellState, registry: CommandRegistry, typed: string): Execution {
  // bash drops NUL bytes from its input: no argument, and so no path, can hold one.
  const line = typed.replaceAll('\u0000', '');
  const quiet = { state, output: '', stdout: '', stderr: '', exitCode: state.lastExit, effects: [] };
  if (line.trim() === '') return quiet;
  const host = currentSession(state).host;
  const expanded = expandHistory(line, state.history[host] ?? []);
  if (!expanded.ok)
    return {
      ...quiet,
      output: expanded.error,
      stderr: expanded.error,
      exitCode: 1,
      state: { ...state, lastExit: 1 },
    };
  const echo = expanded.changed ? `${expanded.line}\n` : '';
  let current = appendHistory(
    { ...state, world: tick(state.world, COMMAND_SECONDS * 1000) },
    host,
    expanded.line,
  );
  const parsed = parseLine(expanded.line);
  if (!parsed.ok) {
    const error = `${parsed.error}\n`;
    return {
      state: { ...current, lastExit: 2 },
      output: echo + error,
      stdout: '',
      stderr: error,
      exitCode: 2,
      effects: [],
    };
  }
  const total: Omit<Ran, 'state'> = {
    output: echo,
    stdout: '',
    stderr: '',
    exitCode: current.lastExit,
    effects: [],
  };
  for (const list of parsed.script.lists) {
    const ran = runAndOr(current, registry, list, expanded.line.trim());
    current = ran.state;
    total.output += ran.output;
    total.stdout += ran.stdout;
    total.stderr += ran.stderr;
    total.exitCode = ran.exitCode;
    total.effects.push(...ran.effects);
  }
  return { state: current, ...total };
}
