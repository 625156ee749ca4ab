/** `mkdir` (-p -m -v) and `touch` (-c -a -m): creating entries, with the kernel's permission rules. */
import { makeDir, mayWrite, resolvePath, touchPath } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { blockedOnTheWay, FS_ERROR_TEXT, hostOf, lookup } from './access';
import { outcomeText, WorldChanges } from './change';
import { HELP } from './help';
import { applyMode, parseMode } from './mode';
import { isResult, Output, parseOptions, usageError } from './options';
import { quoteCurly, quoteName } from './quote';

/** `a`, `a/b`, `a/b/c` for `a/b/c`: the names mkdir -p creates, as it prints them. */
function prefixes(arg: string): string[] {
  const parts = arg.split('/');
  const out: string[] = [];
  let acc = '';
  parts.forEach((part, i) => {
    acc = i === 0 ? part : `${acc}/${part}`;
    if (part !== '' && part !== '.' && part !== '..') out.push(acc);
  });
  return out;
}

function runMkdir(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, {
    prog: 'mkdir',
    short: 'm:pv',
    long: [
      { name: 'mode', arg: 'required', key: 'm' },
      { name: 'parents', key: 'p' },
      { name: 'verbose', key: 'v' },
    ],
    help: HELP.mkdir,
  });
  if (isResult(parsed)) return parsed;
  if (parsed.operands.length === 0) return usageError('mkdir', 'missing operand');
  const modeText = parsed.value('m');
  const spec = modeText === undefined ? null : parseMode(modeText);
  if (modeText !== undefined && !spec)
    return { stdout: '', stderr: `mkdir: invalid mode ${quoteCurly(modeText)}\n`, exitCode: 1 };
  const mode = spec ? applyMode(spec, 0o777, true, 0) : undefined;
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  const { cwd } = ctx.session;
  /** Creates one directory; returns false (after reporting) when it cannot. */
  const create = (shown: string, last: boolean): boolean => {
    const path = resolvePath(cwd, shown);
    const s = changes.server;
    const existing = s.fs[path];
    const blocked = blockedOnTheWay(s, path, ctx.user);
    let problem: string | null = blocked ? FS_ERROR_TEXT[blocked] : null;
    if (!problem && existing) {
      if (parsed.has('p') && existing.kind === 'dir') return true;
      problem = parsed.has('p') && !last ? FS_ERROR_TEXT.ENOTDIR : 'File exists';
    }
    if (!problem && !mayWrite(s, path, ctx.user)) problem = FS_ERROR_TEXT.EACCES;
    if (!problem) {
      const outcome = changes.apply((w, h, a) =>
        makeDir(w, h, path, a, last && mode !== undefined ? { mode } : {}),
      );
      if (outcome.ok) {
        if (parsed.has('v')) out.out(`mkdir: created directory ${quoteName(shown, true)}\n`);
        return true;
      }
      problem = outcomeText(outcome);
    }
    out.error(`mkdir: cannot create directory ${quoteCurly(shown)}: ${problem}\n`);
    return false;
  };
  for (const arg of parsed.operands) {
    if (!parsed.has('p')) {
      create(arg, true);
      continue;
    }
    const steps = prefixes(arg);
    steps.every((step, i) => create(step, i === steps.length - 1));
  }
  return out.result({ world: changes.world });
}

export const mkdirCommand: CommandSpec = {
  name: 'mkdir',
  summary: 'make directories',
  usage: 'mkdir [OPTION]... DIRECTORY...',
  options: ['-p', '-m', '-v', '--help'],
  run: runMkdir,
};

function runTouch(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, {
    prog: 'touch',
    short: 'acfhm',
    long: [
      { name: 'no-create', key: 'c' },
      { name: 'no-dereference', key: 'h' },
    ],
    help: HELP.touch,
  });
  if (isResult(parsed)) return parsed;
  if (parsed.operands.length === 0) return usageError('touch', 'missing file operand');
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  // Only the access time would move with -a, and the simulation does not keep access times.
  const moveMtime = !parsed.has('a') || parsed.has('m');
  for (const arg of parsed.operands) {
    const s = changes.server;
    const found = lookup(s, ctx.session.cwd, arg, ctx.user);
    let problem: string | null = null;
    if (found.ok) {
      // Setting times to "now" needs ownership or write permission.
      const allowed =
        ctx.user === 'root' || found.node.owner === ctx.user || canAccess(s, found.node, ctx.user, 'w');
      if (!allowed) problem = FS_ERROR_TEXT.EACCES;
      else if (!moveMtime) continue;
    } else if (found.error !== 'ENOENT' || blockedOnTheWay(s, found.path, ctx.user)) {
      problem = FS_ERROR_TEXT[found.error];
    } else if (parsed.has('c')) {
      continue;
    } else if (!mayWrite(s, found.path, ctx.user)) problem = FS_ERROR_TEXT.EACCES;
    if (!problem) {
      const outcome = changes.apply((w, h, a) => touchPath(w, h, found.path, a));
      if (outcome.ok) continue;
      problem = outcomeText(outcome);
    }
    out.error(`touch: cannot touch ${quoteName(arg, true)}: ${problem}\n`);
  }
  return out.result({ world: changes.world });
}

export const touchCommand: CommandSpec = {
  name: 'touch',
  summary: 'change file timestamps (creating empty files)',
  usage: 'touch [OPTION]... FILE...',
  options: ['-c', '-a', '-m', '--help'],
  run: runTouch,
};
