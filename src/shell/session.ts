import type { World } from '../core';
import type { HostSession, ShellState } from './types';

export function currentSession(state: ShellState): HostSession {
  const session = state.stack[state.stack.length - 1];
  if (!session) throw new Error('shell state has an empty session stack');
  return session;
}

export function homeOf(state: ShellState, host: string, user: string): string {
  return state.world.servers[host]?.users[user]?.home ?? (user === 'root' ? '/root' : `/home/${user}`);
}

export function newSession(state: ShellState, host: string, user: string): HostSession {
  const home = homeOf(state, host, user);
  return {
    host,
    user,
    cwd: home,
    env: {
      HOME: home,
      USER: user,
      LOGNAME: user,
      SHELL: '/bin/bash',
      PATH: '/usr/local/bin:/usr/bin:/bin',
      PWD: home,
    },
  };
}

/** How wide the terminal is: what tables and `ls` fit their output to (80, a VT100's, when unknown). */
export function terminalColumns(state: ShellState): number {
  const { columns } = state;
  return columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/** `~` for the home directory, as bash shows the working directory in the prompt. */
export function displayCwd(session: HostSession): string {
  const home = session.env.HOME ?? '';
  if (home && (session.cwd === home || session.cwd.startsWith(`${home}/`)))
    return `~${session.cwd.slice(home.length)}`;
  return session.cwd;
}

const GREEN = '\u001b[1;32m';
const BLUE = '\u001b[1;34m';
const RESET = '\u001b[0m';

/** Debian's default coloured prompt: `user@host:cwd$ ` (`#` for root). */
export function prompt(state: ShellState, colour = true): string {
  const session = currentSession(state);
  const sigil = session.user === 'root' ? '#' : '$';
  const who = `${session.user}@${session.host}`;
  const where = displayCwd(session);
  return colour ? `${GREEN}${who}${RESET}:${BLUE}${where}${RESET}${sigil} ` : `${who}:${where}${sigil} `;
}

/** A fresh shell: `aluno` logged in on the first host of the world (the bastion). */
export function createShell(world: World): ShellState {
  const first = world.order[0] ?? 'bastion';
  const state: ShellState = { world, stack: [], lastExit: 0, history: {} };
  return { ...state, stack: [newSession(state, first, 'aluno')] };
}
