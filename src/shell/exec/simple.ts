import { basename } from '../../core';
import { FS_ERROR_TEXT, writeAs } from '../fs';
import { expandAssignment, expandWords, type SimpleCommand, SUDO_USAGE, splitSudo } from '../parser';
import type { CommandRegistry } from '../registry';
import { currentSession, newSession } from '../session';
import type { CommandResult, HostSession, ShellState } from '../types';
import { expandContext } from './context';
import { programFile } from './lookup';
import { runProgram } from './programs';
import { applyRedirects, type Sink } from './redirects';

/** What running one simple command produced, after its redirections were applied. */
export interface SimpleOutcome {
  state: ShellState;
  /** Text bound for the pipe or the terminal (fd 1). */
  stdout: string;
  /** Text bound for the terminal's error stream (fd 2). */
  stderr: string;
  exitCode: number;
  effects: NonNullable<CommandResult['effects']>;
  stderrLast?: boolean;
}

function replaceTop(state: ShellState, session: HostSession): ShellState {
  return { ...state, stack: [...state.stack.slice(0, -1), session] };
}

function inSudoers(state: ShellState, session: HostSession): boolean {
  const groups = state.world.servers[session.host]?.users[session.user]?.groups ?? [];
  return session.user === 'root' || groups.includes('sudo');
}

/** Looks a command up and runs it as `user`; handles `sudo` in front of it. */
function dispatch(
  state: ShellState,
  registry: CommandRegistry,
  argv: readonly string[],
  stdin: string,
  user: string,
  line: string,
  viaSudo: boolean,
): CommandResult {
  const session = currentSession(state);
  const [rawName, ...args] = argv;
  if (!rawName) return { stdout: '', stderr: '', exitCode: 0 };
  if (rawName === 'sudo' && !viaSudo) return runSudo(state, registry, argv, stdin, line);
  const server = state.world.servers[session.host];
  // `/usr/bin/cat` runs `cat`, as long as that path exists on this host.
  const name = rawName.includes('/') && server?.fs[rawName] ? basename(rawName) : rawName;
  const spec = registry.get(name);
  const prefix = viaSudo ? 'sudo' : 'bash';
  if (
    !spec ||
    rawName.includes('/') !== (name !== rawName) ||
    (server && spec.availableOn && !spec.availableOn(server))
  ) {
    // Not the lab's own command, but maybe a program an installed package put on the path.
    const program = server ? programFile(server, session, user, rawName) : null;
    if (server && program !== null) return runProgram(server, program, args);
    return { stdout: '', stderr: `${prefix}: ${rawName}: command not found\n`, exitCode: 127 };
  }
  // `command NAME ARGS` runs NAME as it would run alone (the lab has no shell functions to skip).
  if (name === 'command' && args[0] !== undefined && !args[0].startsWith('-'))
    return dispatch(state, registry, args, stdin, user, line, viaSudo);
  try {
    return spec.run({ state, session, args, stdin, user, actor: { user, command: line } });
  } catch (error) {
    // The shell must never crash the page: an engine bug becomes a message, as a crashing tool would print.
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `${name}: internal error: ${message}\n`, exitCode: 70 };
  }
}

function runSudo(
  state: ShellState,
  registry: CommandRegistry,
  argv: readonly string[],
  stdin: string,
  line: string,
): CommandResult {
  const session = currentSession(state);
  const parsed = splitSudo(argv);
  if (!parsed.ok)
    return {
      stdout: '',
      stderr: `${parsed.error}\n${parsed.error.startsWith('usage') ? '' : `${SUDO_USAGE}\n`}`,
      exitCode: 1,
    };
  if (!inSudoers(state, session)) {
    return {
      stdout: '',
      stderr: `${session.user} is not in the sudoers file.  This incident will be reported.\n`,
      exitCode: 1,
    };
  }
  if (!state.world.servers[session.host]?.users[parsed.user]) {
    return {
      stdout: '',
      stderr: `sudo: unknown user ${parsed.user}\nsudo: error initializing audit plugin sudoers_audit\n`,
      exitCode: 1,
    };
  }
  if (parsed.rest.length === 0) {
    // `sudo -i` / `sudo -s`: a shell as the target user until `exit`.
    const shell = newSession(state, session.host, parsed.user);
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      stack: [...state.stack, parsed.login ? shell : { ...shell, cwd: session.cwd }],
    };
  }
  return dispatch(state, registry, parsed.rest, stdin, parsed.user, line, true);
}

/** Sends text to a sink: the terminal streams, or a file written by the shell's own user. */
function deliver(
  state: ShellState,
  sink: Sink,
  text: string,
  line: string,
  streams: { stdout: string; stderr: string },
): { state: ShellState; error?: string } {
  if (sink.kind === 'out') streams.stdout += text;
  else if (sink.kind === 'err') streams.stderr += text;
  else {
    const session = currentSession(state);
    const actor = { user: session.user, command: line };
    const written = writeAs(
      state.world,
      session.host,
      session.cwd,
      sink.path,
      text,
      sink.append,
      session.user,
      actor,
    );
    if (!written.ok) return { state, error: `bash: ${sink.path}: ${FS_ERROR_TEXT[written.error]}\n` };
    return { state: { ...state, world: written.world } };
  }
  return { state };
}

/** Runs one simple command: assignments, expansion, redirections, then the command itself. */
export function runSimple(
  state: ShellState,
  registry: CommandRegistry,
  command: SimpleCommand,
  stdin: string,
  line: string,
): SimpleOutcome {
  const session = currentSession(state);
  const server = state.world.servers[session.host];
  const ctx = expandContext(server, session, state.lastExit);
  const assigned = Object.fromEntries(
    command.assignments.map((a) => {
      const { name, value } = expandAssignment(a, ctx);
      return [name, value];
    }),
  );
  const argv = expandWords(command.words, ctx);
  if (argv.length === 0) {
    // `VAR=value` alone sets a shell variable in this session.
    const next = Object.keys(assigned).length
      ? replaceTop(state, { ...session, env: { ...session.env, ...assigned } })
      : state;
    return { state: next, stdout: '', stderr: '', exitCode: 0, effects: [] };
  }
  if (!server) return { state, stdout: '', stderr: 'bash: host unavailable\n', exitCode: 1, effects: [] };
  const redirected = applyRedirects(command.redirects, ctx, server, session.cwd, session.user);
  if (!redirected.ok) return { state, stdout: '', stderr: redirected.error, exitCode: 1, effects: [] };
  const { plumbing } = redirected;
  // Prefix assignments (`FOO=1 cmd`) are seen by that command only.
  const scoped = Object.keys(assigned).length
    ? replaceTop(state, { ...session, env: { ...session.env, ...assigned } })
    : state;
  const result = dispatch(scoped, registry, argv, plumbing.stdin ?? stdin, session.user, line, false);
  let next: ShellState = {
    ...state,
    world: result.world ?? state.world,
    stack: result.stack ?? state.stack,
    history: result.history ?? state.history,
  };
  const streams = { stdout: '', stderr: '' };
  const written = new Set<string>();
  for (const [target, text] of [
    [plumbing.fd1, result.stdout],
    [plumbing.fd2, result.stderr],
  ] as const) {
    if (target.kind !== 'file' && text === '') continue;
    // `>f 2>&1` sends both streams to one file: the second write appends to the first.
    const sink = target.kind === 'file' && written.has(target.path) ? { ...target, append: true } : target;
    if (sink.kind === 'file') written.add(sink.path);
    const delivered = deliver(next, sink, text, line, streams);
    next = delivered.state;
    if (delivered.error)
      return {
        state: next,
        stdout: streams.stdout,
        stderr: streams.stderr + delivered.error,
        exitCode: 1,
        effects: [],
      };
  }
  return {
    state: next,
    ...streams,
    exitCode: result.exitCode,
    effects: result.effects ?? [],
    stderrLast: result.stderrLast,
  };
}
