/**
 * `which` (debianutils): the first executable of that name in $PATH. Programs are the lab's registered
 * commands; their binaries come from the package files map, and Debian 12's merged /usr makes `/bin/ls`
 * and `/usr/bin/ls` the same file.
 */
import type { Server } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandRegistry } from '../../registry';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { HELP } from './help';

/** sudo's secure_path on Debian: what `sudo which` searches. */
const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Only shell builtins: nothing on disk for which to find. */
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

const MERGED: Readonly<Record<string, string>> = {
  '/bin': '/usr/bin',
  '/sbin': '/usr/sbin',
  '/usr/bin': '/bin',
  '/usr/sbin': '/sbin',
};

function executable(server: Server, path: string, user: string): boolean {
  const node = server.fs[path];
  return node?.kind === 'file' && canAccess(server, node, user, 'x');
}

/** Whether `dir/name` exists as an executable, looking through merged-/usr aliases. */
function foundIn(server: Server, dir: string, name: string, user: string): boolean {
  const dirs = MERGED[dir] === undefined ? [dir] : [dir, MERGED[dir]];
  const names = ALTERNATIVES[name] === undefined ? [name] : [name, ALTERNATIVES[name]];
  return dirs.some((d) => names.some((n) => executable(server, `${d}/${n}`, user)));
}

/** Where an essential program lives when the files map does not list it: /usr/bin, or the sbin named above. */
function essentialPath(name: string): string {
  return ESSENTIAL[name] ?? `/usr/bin/${name}`;
}

function searchPath(ctx: CommandContext): string[] {
  const path = ctx.session.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  // sudo resets PATH to secure_path; a root login shell has the sbin directories already.
  const effective =
    ctx.user === 'root' && (ctx.session.user !== 'root' || !path.includes('sbin')) ? SECURE_PATH : path;
  return effective.split(':').map((d) => (d === '' ? '.' : d.replace(/\/+$/, '') || '/'));
}

function locate(
  ctx: CommandContext,
  registry: CommandRegistry,
  server: Server,
  name: string,
  all: boolean,
): string[] {
  const spec = registry.get(name);
  const available =
    EXECUTOR_PROGRAMS.has(name) ||
    (spec && !BUILTIN_ONLY.has(name) && (!spec.availableOn || spec.availableOn(server)));
  const dirs = searchPath(ctx);
  const hits: string[] = [];
  for (const dir of dirs) {
    if (!foundIn(server, dir, name, ctx.user)) continue;
    // A file on disk only runs here if the lab implements it.
    if (available) hits.push(`${dir === '/' ? '' : dir}/${name}`);
    if (!all) return hits;
  }
  if (hits.length === 0 && spec && available && !spec.availableOn) {
    const path = essentialPath(name);
    const dir = path.slice(0, path.lastIndexOf('/'));
    const visible = dirs.filter((d) => d === dir || MERGED[d] === dir);
    return visible.slice(0, all ? visible.length : 1).map((d) => `${d}/${name}`);
  }
  return hits;
}

export function whichCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'which',
    summary: 'locate a command',
    usage: 'which [-a] filename ...',
    options: ['-a'],
    run: (ctx): CommandResult => {
      let all = false;
      const names: string[] = [];
      for (const arg of ctx.args) {
        if (arg === '--help') return { stdout: HELP.which, stderr: '', exitCode: 0 };
        if (arg === '-a') all = true;
        else if (arg.startsWith('-') && names.length === 0)
          return { stdout: HELP.which, stderr: `Illegal option ${arg.slice(0, 2)}\n`, exitCode: 2 };
        else names.push(arg);
      }
      const server = ctx.state.world.servers[ctx.session.host];
      if (!server) return { stdout: '', stderr: '', exitCode: 1 };
      let stdout = '';
      let missing = false;
      for (const name of names) {
        const hits = name.includes('/')
          ? executable(server, name.startsWith('/') ? name : `${ctx.session.cwd}/${name}`, ctx.user)
            ? [name]
            : []
          : locate(ctx, registry, server, name, all);
        if (hits.length === 0) missing = true;
        stdout += hits.map((h) => `${h}\n`).join('');
      }
      return { stdout, stderr: '', exitCode: missing ? 1 : 0 };
    },
  };
}
