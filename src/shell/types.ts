import type { Actor, Server, World } from '../core';

/** One login on one host: ssh pushes a session, exit pops it. */
export interface HostSession {
  host: string;
  user: string;
  cwd: string;
  env: Record<string, string>;
}

/** The learner's language: the lab's own commands speak it; real programs answer in English (LANG=C). */
export type ShellLocale = 'pt-BR' | 'en';

export interface ShellState {
  world: World;
  /** The nested sessions, outermost (the bastion) first; never empty. */
  stack: HostSession[];
  lastExit: number;
  /** Each host keeps its own bash history (as ~/.bash_history would), oldest first. */
  history: Record<string, string[]>;
  /** The terminal's width in characters, as a tty reports it to the programs it runs; 80 when unknown. */
  columns?: number;
  /** The learner's language, set by the app for each command like `columns`; pt-BR when unknown. */
  locale?: ShellLocale;
}

/** Things the UI must do that are not text: the shell never touches the UI itself. */
export type ShellEffect =
  | { kind: 'clear' }
  /** Step the world back or forward in the host's history of snapshots (`undo`, `redo`). */
  | { kind: 'undo' | 'redo'; steps: number }
  | {
      kind: 'open-editor';
      host: string;
      /** Absolute path of the file, or '' for a new unnamed buffer (`nano` alone). */
      path: string;
      /** Who the editor runs as (root under `sudo nano`): saving goes through this user's permissions. */
      user: string;
      editor?: 'nano' | 'vim' | 'vi';
      /** The command line that opened it, for the ledger entry a save records. */
      command?: string;
    };

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

export interface CompletionContext {
  state: ShellState;
  session: HostSession;
  args: readonly string[];
  /** The partial word under the cursor. */
  word: string;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The terminal shows stdout before stderr (apt and dpkg print their progress, then the `E:` lines); by
   * default stderr comes first, as most tools fail before printing anything.
   */
  stderrLast?: boolean;
  world?: World;
  stack?: HostSession[];
  effects?: ShellEffect[];
  /** Replaces the whole history (only `history -c` does). */
  history?: Record<string, string[]>;
}

export interface CommandSpec {
  name: string;
  /** One line for `help`. */
  summary: string;
  usage: string;
  /** Options offered by Tab after a `-` (e.g. `['-l', '-a', '-h']`). */
  options?: readonly string[];
  /**
   * Candidates for the argument being completed (hosts, services, packages…); the shell falls back to paths
   * when a command does not say. `args` are the words before the one being completed.
   */
  complete?(ctx: CompletionContext): readonly string[];
  /** Whether this host has the program (e.g. `nginx` only where nginx is installed); default: everywhere. */
  availableOn?(server: Server): boolean;
  run(ctx: CommandContext): CommandResult;
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr, exitCode };
}
