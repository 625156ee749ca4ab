import type { AndOrList, Pipeline } from '../parser';
import type { CommandRegistry } from '../registry';
import type { ShellEffect, ShellState } from '../types';
import { runSimple } from './simple';

export interface Ran {
  state: ShellState;
  /** What the terminal shows, in order. */
  output: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  effects: ShellEffect[];
}

/** `a | b | c`: each command reads the previous one's standard output; the status is the last one's. */
export function runPipeline(
  state: ShellState,
  registry: CommandRegistry,
  pipeline: Pipeline,
  line: string,
): Ran {
  let current = state;
  let piped = '';
  let output = '';
  let stderr = '';
  let exitCode = 0;
  let trailing = '';
  const effects: ShellEffect[] = [];
  pipeline.commands.forEach((command, index) => {
    const outcome = runSimple(current, registry, command, index === 0 ? '' : piped, line);
    current = outcome.state;
    effects.push(...outcome.effects);
    stderr += outcome.stderr;
    // Only the last command's stdout reaches the terminal, so only its errors can follow it.
    if (outcome.stderrLast && index === pipeline.commands.length - 1) trailing = outcome.stderr;
    else output += outcome.stderr;
    exitCode = outcome.exitCode;
    piped = outcome.stdout;
  });
  output += piped + trailing;
  if (pipeline.negated) exitCode = exitCode === 0 ? 1 : 0;
  return { state: { ...current, lastExit: exitCode }, output, stdout: piped, stderr, exitCode, effects };
}

/** `p1 && p2 || p3`: bash's short-circuit rules on the previous status. */
export function runAndOr(state: ShellState, registry: CommandRegistry, list: AndOrList, line: string): Ran {
  let ran = runPipeline(state, registry, list.first, line);
  for (const { op, pipeline } of list.rest) {
    const go = op === '&&' ? ran.exitCode === 0 : ran.exitCode !== 0;
    if (!go) continue;
    const next = runPipeline(ran.state, registry, pipeline, line);
    ran = {
      ...next,
      output: ran.output + next.output,
      stdout: ran.stdout + next.stdout,
      stderr: ran.stderr + next.stderr,
      effects: [...ran.effects, ...next.effects],
    };
  }
  return ran;
}
