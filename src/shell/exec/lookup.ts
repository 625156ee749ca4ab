/**
 * How bash finds a command name: the directories of $PATH in order (sudo's secure_path for root), each
 * looked up on the host's disk. A name runs when the lab implements it as a registered command, or when an
 * executable file of that name is on the path: a program an installed package shipped, which
 * `programs.ts` answers for. `which`, `type`, `command -v` and the dispatcher all ask here, so they agree.
 */
import { resolvePath, type Server } from '../../core';
import { canAccess } from '../permissions';
import type { CommandRegistry } from '../registry';
import type { HostSession } from '../types';

/** sudo's secure_path on Debian: what a command run as root searches. */
const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Only shell builtins: nothing on disk to find. */
const BUILTIN_ONLY = new Set([
  'cd',
  'export',
  'unset',
  'history',
  'exit',
  'logout',
  'type',
  'help',
  'source',
  'alias',
  'command',
]);

/**
 * Programs of essential packages (coreutils, grep, sed, findutils, procps…) that the package files map does
 * not list one by one; they cannot be uninstalled, so they are on every host.
 */
const ESSENTIAL: Readonly<Record<string, string>> = {
  reboot: '/usr/sbin/reboot',
  // The lab's own tools, installed the way a team installs its scripts.
  drift: '/usr/local/bin/drift',
  converge: '/usr/local/bin/converge',
  rebuild: '/usr/local/bin/rebuild',
  undo: '/usr/local/bin/undo',
  mission: '/usr/local/bin/mission',
  hint: '/usr/local/bin/hint',
};

/** update-alternatives links: `/usr/bin/vim` points at the binary the vim package ships. */
const ALTERNATIVES: Readonly<Record<string, string>> = {
  vim: 'vim.basic',
  vi: 'vim.basic',
  view: 'vim.basic',
};

/** Programs the shell itself runs (sudo wraps a command) rather than the registry. */
const EXECUTOR_PROGRAMS = new Set(['sudo']);

/** Debian 12's merged /usr: `/bin/ls` and `/usr/bin/ls` are the same file. */
const MERGED: Readonly<Record<string, string>> = {
  '/bin': '/usr/bin',
  '/sbin': '/usr/sbin',
  '/usr/bin': '/bin',
  '/usr/sbin': '/sbin',
};

export function executable(server: Server, path: string, user: string): boolean {
  const node = server.fs[path];
  return node?.kind === 'file' && canAccess(server, node, user, 'x');
}

/** The file `dir/name` stands for, looking through merged-/usr aliases and alternatives; null when none. */
function fileIn(server: Server, dir: string, name: string, user: string): string | null {
  const dirs = MERGED[dir] === undefined ? [dir] : [dir, MERGED[dir]];
  const names = ALTERNATIVES[name] === undefined ? [name] : [name, ALTERNATIVES[name]];
  for (const d of dirs) for (const n of names) if (executable(server, `${d}/${n}`, user)) return `${d}/${n}`;
  return null;
}

/** The directories searched for a command run as `user` from `session`. */
export function searchPath(session: HostSession, user: string): string[] {
  const path = session.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  // sudo resets PATH to secure_path; a root login shell has the sbin directories already.
  const effective =
    user === 'root' && (session.user !== 'root' || !path.includes('sbin')) ? SECURE_PATH : path;
  return effective.split(':').map((d) => (d === '' ? '.' : d.replace(/\/+$/, '') || '/'));
}

/** Whether the lab implements `name` on this server as a command of its own. */
function implemented(registry: CommandRegistry, server: Server, name: string): boolean {
  if (EXECUTOR_PROGRAMS.has(name)) return true;
  const spec = registry.get(name);
  return Boolean(spec && !BUILTIN_ONLY.has(name) && (!spec.availableOn || spec.availableOn(server)));
}

/** Where an essential program lives when the files map does not list it: /usr/bin, or the sbin named above. */
function essentialPath(name: string): string {
  return ESSENTIAL[name] ?? `/usr/bin/${name}`;
}

/** What `which [-a] NAME` prints: where `name` is found on the path, first (or every) hit. */
export function locate(
  registry: CommandRegistry,
  server: Server,
  session: HostSession,
  user: string,
  name: string,
  all: boolean,
): string[] {
  if (BUILTIN_ONLY.has(name) || name === '') return [];
  const dirs = searchPath(session, user);
  const hits: string[] = [];
  for (const dir of dirs) {
    if (fileIn(server, dir, name, user) === null) continue;
    hits.push(`${dir === '/' ? '' : dir}/${name}`);
    if (!all) return hits;
  }
  const spec = registry.get(name);
  if (hits.length === 0 && spec && implemented(registry, server, name) && !spec.availableOn) {
    const path = essentialPath(name);
    const dir = path.slice(0, path.lastIndexOf('/'));
    const visible = dirs.filter((d) => d === dir || MERGED[d] === dir);
    return visible.slice(0, all ? visible.length : 1).map((d) => `${d}/${name}`);
  }
  return hits;
}

/**
 * The executable file a command word names when the lab does not implement it: the word itself when it
 * holds a `/`, else the first hit on the path. Null when bash would say "command not found".
 */
export function programFile(server: Server, session: HostSession, user: string, word: string): string | null {
  if (word.includes('/')) {
    const path = resolvePath(session.cwd, word);
    return executable(server, path, user) ? path : null;
  }
  if (BUILTIN_ONLY.has(word) || word === '') return null;
  for (const dir of searchPath(session, user)) {
    const file = fileIn(server, dir, word, user);
    if (file !== null) return file;
  }
  return null;
}
