/** `mv` (-f -n -v): a rename needs write permission on both directories, never on the file itself. */
import { mayWrite, movePath } from '../../../core';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { blockedOnTheWay, children, FS_ERROR_TEXT, hostOf } from './access';
import { ERRNO_TEXT, outcomeText, WorldChanges } from './change';
import { HELP } from './help';
import { isResult, Output, parseOptions } from './options';
import { quoteName } from './quote';
import { conflict, planTransfers } from './transfer';

const LONG = [
  { name: 'force', key: 'f' },
  { name: 'no-clobber', key: 'n' },
  { name: 'interactive', key: 'i' },
  { name: 'verbose', key: 'v' },
] as const;

function runMv(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, { prog: 'mv', short: 'finv', long: LONG, help: HELP.mv });
  if (isResult(parsed)) return parsed;
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  // -f, -i and -n: the last one given wins, as in coreutils.
  const noClobber = parsed.list.filter((o) => 'fin'.includes(o.key)).at(-1)?.key === 'n';
  const planned = planTransfers('mv', parsed.operands, server, ctx.session.cwd, ctx.user);
  if (!planned.ok) return planned.result;
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  for (const t of planned.items) {
    if ('error' in t) {
      out.error(t.error);
      continue;
    }
    const s = changes.server;
    const existing = s.fs[t.target];
    const clash = conflict('mv', t, existing);
    if (clash) {
      out.error(clash);
      continue;
    }
    if (existing && noClobber) continue;
    const move = `mv: cannot move ${quoteName(t.arg, true)} to ${quoteName(t.shown, true)}`;
    const blocked = blockedOnTheWay(s, t.target, ctx.user);
    if (blocked) {
      out.error(`${move}: ${FS_ERROR_TEXT[blocked]}\n`);
      continue;
    }
    if (existing?.kind === 'dir' && children(s, t.target).length > 0) {
      out.error(`${move}: ${ERRNO_TEXT.ENOTEMPTY}\n`);
      continue;
    }
    const allowed =
      mayWrite(s, t.path, ctx.user, 'remove') &&
      mayWrite(s, t.target, ctx.user, existing ? 'remove' : 'write');
    if (!allowed) {
      out.error(`${move}: ${FS_ERROR_TEXT.EACCES}\n`);
      continue;
    }
    const outcome = changes.apply((w, h, a) => movePath(w, h, t.path, t.dest, a));
    if (!outcome.ok) out.error(`${move}: ${outcomeText(outcome)}\n`);
    else if (parsed.has('v')) out.out(`renamed ${quoteName(t.arg, true)} -> ${quoteName(t.shown, true)}\n`);
  }
  return out.result({ world: changes.world });
}

export const mvCommand: CommandSpec = {
  name: 'mv',
  summary: 'move (rename) files',
  usage: 'mv [OPTION]... SOURCE... DIRECTORY',
  options: ['-f', '-n', '-v', '--help'],
  run: runMv,
};
