/** `cp` (-r -p -a -n -f -v): copies through the core's copyPath, with coreutils' checks and wording. */
import { copyPath, type FsNode, makeDir, mayWrite, type Server } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { blockedOnTheWay, children, FS_ERROR_TEXT, hostOf, joinPath } from './access';
import { outcomeText, WorldChanges } from './change';
import { HELP } from './help';
import { isResult, Output, parseOptions } from './options';
import { quoteName } from './quote';
import { conflict, planTransfers, type Transfer } from './transfer';

const LONG = [
  { name: 'archive', key: 'a' },
  { name: 'force', key: 'f' },
  { name: 'no-clobber', key: 'n' },
  { name: 'recursive', key: 'r' },
  { name: 'preserve', arg: 'optional', key: 'p' },
  { name: 'verbose', key: 'v' },
] as const;

interface Piece {
  from: string;
  to: string;
  shownFrom: string;
  shownTo: string;
  node: FsNode;
}

/** Every entry of a source tree with where it lands; unreadable ones are reported and left out. */
function pieces(
  server: Server,
  user: string,
  t: Transfer,
  out: Output,
): { list: Piece[]; complete: boolean } {
  const list: Piece[] = [];
  let complete = true;
  const visit = (from: string, to: string, shownFrom: string, shownTo: string) => {
    const node = server.fs[from];
    if (!node) return;
    if (node.kind === 'file' && !canAccess(server, node, user, 'r')) {
      out.error(`cp: cannot open ${quoteName(shownFrom, true)} for reading: ${FS_ERROR_TEXT.EACCES}\n`);
      complete = false;
      return;
    }
    list.push({ from, to, shownFrom, shownTo, node });
    if (node.kind !== 'dir') return;
    if (!canAccess(server, node, user, 'r') || !canAccess(server, node, user, 'x')) {
      out.error(`cp: cannot access ${quoteName(shownFrom, true)}: ${FS_ERROR_TEXT.EACCES}\n`);
      complete = false;
      return;
    }
    for (const name of children(server, from))
      visit(joinPath(from, name), joinPath(to, name), `${shownFrom}/${name}`, `${shownTo}/${name}`);
  };
  visit(t.path, t.target, t.arg.replace(/(.)\/+$/, '$1'), t.shown);
  return { list, complete };
}

/** Copies one source; returns the error line when cp refuses it. */
function copyOne(
  ctx: CommandContext,
  changes: WorldChanges,
  t: Transfer,
  flags: Set<string>,
  out: Output,
): string | null {
  const server = changes.server;
  const existing = server.fs[t.target];
  const clash = conflict('cp', t, existing);
  if (clash) return clash;
  if (existing && flags.has('n')) return null;
  const what = t.node.kind === 'dir' ? 'directory' : 'regular file';
  const blocked = blockedOnTheWay(server, t.target, ctx.user);
  const overwriting = existing?.kind === 'file';
  // Overwriting opens the file for writing; -f unlinks it first when that fails.
  const writable = overwriting
    ? canAccess(server, existing, ctx.user, 'w') ||
      (flags.has('f') && mayWrite(server, t.target, ctx.user, 'remove'))
    : existing !== undefined || mayWrite(server, t.target, ctx.user);
  if (t.node.kind === 'file' && !canAccess(server, t.node, ctx.user, 'r'))
    return `cp: cannot open ${quoteName(t.arg, true)} for reading: ${FS_ERROR_TEXT.EACCES}\n`;
  if (blocked || !writable)
    return `cp: cannot create ${what} ${quoteName(t.shown, true)}: ${FS_ERROR_TEXT[blocked ?? 'EACCES']}\n`;
  const tree = pieces(server, ctx.user, t, out);
  // Ownership can only be kept by root (or when the files are already the user's own).
  const preserve = flags.has('p') && tree.list.every((p) => ctx.user === 'root' || p.node.owner === ctx.user);
  const copied: Piece[] = [];
  if (tree.complete) {
    const outcome = changes.apply((w, h, a) =>
      copyPath(w, h, t.path, t.dest, a, { recursive: true, preserve }),
    );
    if (!outcome.ok)
      return `cp: cannot create ${what} ${quoteName(t.shown, true)}: ${outcomeText(outcome)}\n`;
    copied.push(...tree.list);
  } else {
    // Copy what could be read, one entry at a time, as cp does when part of a tree is unreadable.
    for (const p of tree.list) {
      const outcome = changes.apply((w, h, a) =>
        p.node.kind === 'dir'
          ? makeDir(w, h, p.to, a, { parents: true, mode: p.node.mode })
          : copyPath(w, h, p.from, p.to, a, { preserve }),
      );
      if (outcome.ok) copied.push(p);
    }
  }
  if (flags.has('v'))
    out.out(copied.map((p) => `${quoteName(p.shownFrom, true)} -> ${quoteName(p.shownTo, true)}\n`).join(''));
  return null;
}

function runCp(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, { prog: 'cp', short: 'afnprRv', long: LONG, help: HELP.cp });
  if (isResult(parsed)) return parsed;
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const flags = new Set(parsed.list.map((o) => o.key));
  if (flags.has('a')) flags.add('p').add('r');
  if (flags.has('R')) flags.add('r');
  const planned = planTransfers('cp', parsed.operands, server, ctx.session.cwd, ctx.user);
  if (!planned.ok) return planned.result;
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  for (const item of planned.items) {
    if ('error' in item) out.error(item.error);
    else if (item.node.kind === 'dir' && !flags.has('r'))
      out.error(`cp: -r not specified; omitting directory ${quoteName(item.arg, true)}\n`);
    else {
      const refused = copyOne(ctx, changes, item, flags, out);
      if (refused) out.error(refused);
    }
  }
  return out.result({ world: changes.world });
}

export const cpCommand: CommandSpec = {
  name: 'cp',
  summary: 'copy files and directories',
  usage: 'cp [OPTION]... SOURCE... DIRECTORY',
  options: ['-r', '-p', '-a', '-n', '-f', '-v', '--help'],
  run: runCp,
};
