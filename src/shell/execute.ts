import { tick, type World } from '../core';
import { catCommand, lsCommand } from './commands/files';
import { helpCommand } from './commands/help';
import { exitCommand, logoutCommand, sshCommand } from './commands/network';
import { hostnameCommand, whoamiCommand } from './commands/system';
import { systemctlCommand } from './commands/systemctl';
import { CommandRegistry } from './registry';
import { currentSession, newSession } from './session';
import type { CommandResult, ShellEffect, ShellState } from './types';

export interface Execution {
  state: ShellState;
  stdout: string;
  stderr: string;
  exitCode: number;
  effects: ShellEffect[];
}

const COMMAND_SECONDS = 5;

export function createRegistry(): CommandRegistry {
  const registry = new CommandRegistry();
  registry.register(
    hostnameCommand,
    whoamiCommand,
    lsCommand,
    catCommand,
    sshCommand,
    exitCommand,
    logoutCommand,
    systemctlCommand,
  );
  return registry.register(helpCommand(registry));
}

/** A fresh shell: `aluno` logged in on the first host of the world (the bastion). */
export function createShell(world: World): ShellState {
  const first = world.order[0] ?? 'bastion';
  const state: ShellState = { world, stack: [], lastExit: 0 };
  return { ...state, stack: [newSession(state, first, 'aluno')] };
}

/** The skeleton's word splitter: whitespace only (quotes and operators come with the full parser). */
function splitWords(line: string): string[] {
  return line.trim().split(/\s+/).filter(Boolean);
}

function runWords(
  state: ShellState,
  registry: CommandRegistry,
  words: string[],
  line: string,
): CommandResult {
  const session = currentSession(state);
  let user = session.user;
  let rest = words;
  if (rest[0] === 'sudo') {
    rest = rest.slice(1);
    const groups = state.world.servers[session.host]?.users[session.user]?.groups ?? [];
    if (user !== 'root' && !groups.includes('sudo')) {
      return { stdout: '', stderr: `${user} is not in the sudoers file.\n`, exitCode: 1 };
    }
    if (rest.length === 0) {
      return { stdout: '', stderr: 'usage: sudo [-u user] [-i] command [arg ...]\n', exitCode: 1 };
    }
    user = 'root';
  }
  const [name, ...args] = rest;
  if (!name) return { stdout: '', stderr: '', exitCode: 0 };
  const spec = registry.get(name);
  if (!spec) return { stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
  try {
    return spec.run({ state, session, args, stdin: '', user, actor: { user, command: line } });
  } catch (error) {
    // The shell must never crash the page: an engine bug becomes a message, like a segfaulting tool would.
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `${name}: internal error: ${message}\n`, exitCode: 70 };
  }
}

/** Runs one command line typed by the learner, returning the new state and what to print. */
export function execute(state: ShellState, registry: CommandRegistry, line: string): Execution {
  const words = splitWords(line);
  if (words.length === 0) return { state, stdout: '', stderr: '', exitCode: state.lastExit, effects: [] };
  // Typing and running a command takes the learner a few seconds of simulated time.
  const before = { ...state, world: tick(state.world, COMMAND_SECONDS * 1000) };
  const result = runWords(before, registry, words, line.trim());
  const next: ShellState = {
    world: result.world ?? before.world,
    stack: result.stack ?? state.stack,
    lastExit: result.exitCode,
  };
  return {
    state: next,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    effects: result.effects ?? [],
  };
}
