/**
 * `rm` (-r -f -d -v): unlinking needs write and search permission on the containing directory (and, under
 * the sticky bit, ownership). With -r, whatever can be removed is, the rest is reported, and a directory
 * stays when something inside it could not go — as GNU rm does.
 */
import { basename, type FsNode, mayWrite, removePath, type Server } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { children, FS_ERROR_TEXT, hostOf, joinPath, lookup } from './access';
import { ERRNO_TEXT, outcomeText, WorldChanges } from './change';
import { HELP } from './help';
import { isResult, Output, parseOptions, usageError } from './options';
import { quoteName } from './quote';

interface Plan {
  /** Everything below (and including) this path can be removed. */
  whole: boolean;
  /** Paths to remove, each with everything below it. */
  roots: string[];
  /** `removed ...` lines for -v, keyed by the root they belong to. */
  verbose: Map<string, string[]>;
}

function plan(server: Server, user: string, shown: string, path: string, node: FsNode, out: Output): Plan {
  const removable = mayWrite(server, path, user, 'remove');
  const fileLine =
    node.kind === 'dir' ? `removed directory ${quoteName(shown, true)}` : `removed ${quoteName(shown, true)}`;
  if (node.kind === 'file') {
    if (!removable) out.error(`rm: cannot remove ${quoteName(shown, true)}: ${FS_ERROR_TEXT.EACCES}\n`);
    return { whole: removable, roots: removable ? [path] : [], verbose: new Map([[path, [fileLine]]]) };
  }
  if (!canAccess(server, node, user, 'r') || !canAccess(server, node, user, 'x')) {
    out.error(`rm: cannot remove ${quoteName(shown, true)}: ${FS_ERROR_TEXT.EACCES}\n`);
    return { whole: false, roots: [], verbose: new Map() };
  }
  const inner: Plan[] = [];
  for (const name of children(server, path)) {
    const child = joinPath(path, name);
    const childNode = server.fs[child];
    if (childNode)
      inner.push(plan(server, user, `${shown.replace(/\/+$/, '')}/${name}`, child, childNode, out));
  }
  const lines = inner.flatMap((p) => [...p.verbose.values()].flat());
  if (inner.every((p) => p.whole)) {
    if (removable) return { whole: true, roots: [path], verbose: new Map([[path, [...lines, fileLine]]]) };
    out.error(`rm: cannot remove ${quoteName(shown, true)}: ${FS_ERROR_TEXT.EACCES}\n`);
  }
  const verbose = new Map<string, string[]>();
  for (const p of inner)
    for (const [root, text] of p.verbose) if (p.roots.includes(root)) verbose.set(root, text);
  return { whole: false, roots: inner.flatMap((p) => p.roots), verbose };
}

const LONG = [
  { name: 'force', key: 'f' },
  { name: 'recursive', key: 'r' },
  { name: 'dir', key: 'd' },
  { name: 'verbose', key: 'v' },
  { name: 'interactive', arg: 'optional', key: 'i' },
  { name: 'no-preserve-root' },
  { name: 'preserve-root', arg: 'optional' },
  { name: 'one-file-system' },
] as const;

function runRm(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, { prog: 'rm', short: 'dfiIrRv', long: LONG, help: HELP.rm });
  if (isResult(parsed)) return parsed;
  if (parsed.has('i') || parsed.has('I'))
    return {
      stdout: '',
      stderr: 'rm: interactive prompts (-i, -I) are not supported in this lab; nothing was removed\n',
      exitCode: 1,
    };
  const force = parsed.has('f');
  const recursive = parsed.has('r') || parsed.has('R');
  if (parsed.operands.length === 0)
    return force ? { stdout: '', stderr: '', exitCode: 0 } : usageError('rm', 'missing operand');
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  for (const arg of parsed.operands) {
    const quoted = quoteName(arg, true);
    const last = arg.replace(/\/+$/, '').split('/').pop();
    if (recursive && (last === '.' || last === '..')) {
      out.error(`rm: refusing to remove '.' or '..' directory: skipping ${quoted}\n`);
      continue;
    }
    const found = lookup(changes.server, ctx.session.cwd, arg, ctx.user);
    if (!found.ok) {
      if (!(force && found.error === 'ENOENT'))
        out.error(`rm: cannot remove ${quoted}: ${FS_ERROR_TEXT[found.error]}\n`);
      continue;
    }
    if (found.path === '/' && recursive && !parsed.has('no-preserve-root')) {
      out.error(
        "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
      );
      continue;
    }
    const { node, path } = found;
    const empty = node.kind === 'dir' && children(changes.server, path).length === 0;
    if (node.kind === 'dir' && !recursive && !(parsed.has('d') && empty)) {
      out.error(
        `rm: cannot remove ${quoted}: ${parsed.has('d') ? ERRNO_TEXT.ENOTEMPTY : FS_ERROR_TEXT.EISDIR}\n`,
      );
      continue;
    }
    const steps = plan(changes.server, ctx.user, arg, path, node, out);
    for (const root of steps.roots) {
      const outcome = changes.apply((w, h, a) => removePath(w, h, root, a, { recursive: true }));
      if (outcome.ok) {
        if (parsed.has('v')) out.out((steps.verbose.get(root) ?? []).map((l) => `${l}\n`).join(''));
      } else out.error(`rm: cannot remove ${quoteName(basename(root), true)}: ${outcomeText(outcome)}\n`);
    }
  }
  return out.result({ world: changes.world });
}

export const rmCommand: CommandSpec = {
  name: 'rm',
  summary: 'remove files or directories',
  usage: 'rm [OPTION]... [FILE]...',
  options: ['-r', '-f', '-rf', '-d', '-v', '--help'],
  run: runRm,
};
