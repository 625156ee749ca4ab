/** `find [path...] [expression]`: walks the server's tree as the user, in name order, with findutils' errors. */
import type { FsNode } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { children, FS_ERROR_TEXT, hostOf, joinPath, lookup } from './access';
import { type EvalContext, FindError, type Parsed, parseExpression } from './findExpr';
import { HELP } from './help';
import { Output } from './options';
import { quoteCurly } from './quote';

/** Leading `-H -L -P -O3 -D opts`: accepted and ignored (the simulated fs has no symlinks). */
function skipLeadingOptions(args: readonly string[]): number {
  let i = 0;
  while (i < args.length) {
    const a = args[i] as string;
    if (a === '-H' || a === '-L' || a === '-P' || /^-O\d*$/.test(a)) i++;
    else if (a === '-D') i += 2;
    else break;
  }
  return i;
}

function isExpressionStart(arg: string): boolean {
  return (arg.startsWith('-') && arg.length > 1) || arg === '(' || arg === '!';
}

function childName(shown: string, name: string): string {
  return shown.endsWith('/') ? `${shown}${name}` : `${shown}/${name}`;
}

function runFind(ctx: CommandContext): CommandResult {
  if (ctx.args[0] === '--help') return { stdout: HELP.find, stderr: '', exitCode: 0 };
  if (ctx.args[0] === '--version') return { stdout: 'find (GNU findutils) 4.9.0\n', stderr: '', exitCode: 0 };
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const start = skipLeadingOptions(ctx.args);
  let split = start;
  while (split < ctx.args.length && !isExpressionStart(ctx.args[split] as string)) split++;
  const paths = ctx.args.slice(start, split);
  const out = new Output();
  let parsed: Parsed;
  try {
    parsed = parseExpression(ctx.args.slice(split), server, (reference) => {
      const found = lookup(server, ctx.session.cwd, reference, ctx.user);
      if (!found.ok) throw new FindError(`find: ${quoteCurly(reference)}: ${FS_ERROR_TEXT[found.error]}\n`);
      return found.node.mtime;
    });
  } catch (error) {
    if (error instanceof FindError) return { stdout: '', stderr: error.message, exitCode: 1 };
    throw error;
  }
  const evalCtx: EvalContext = { server, user: ctx.user, now: ctx.state.world.now, out: [], prune: false };
  const walk = (shown: string, path: string, node: FsNode, depth: number) => {
    const visit = { shown, path, node, depth };
    evalCtx.prune = false;
    if (!parsed.depthFirst && depth >= parsed.minDepth) parsed.expr(visit, evalCtx);
    if (node.kind === 'dir' && depth < parsed.maxDepth && !evalCtx.prune) {
      if (!canAccess(server, node, ctx.user, 'r') || !canAccess(server, node, ctx.user, 'x')) {
        out.error(`find: ${quoteCurly(shown)}: Permission denied\n`);
      } else {
        for (const name of children(server, path)) {
          const child = joinPath(path, name);
          const childNode = server.fs[child];
          if (childNode) walk(childName(shown, name), child, childNode, depth + 1);
        }
      }
    }
    if (parsed.depthFirst && depth >= parsed.minDepth) parsed.expr(visit, evalCtx);
  };
  for (const path of paths.length ? paths : ['.']) {
    const found = lookup(server, ctx.session.cwd, path, ctx.user);
    if (!found.ok) out.error(`find: ${quoteCurly(path)}: ${FS_ERROR_TEXT[found.error]}\n`);
    else walk(path, found.path, found.node, 0);
  }
  return out.result({ stdout: evalCtx.out.join('') });
}

export const findCommand: CommandSpec = {
  name: 'find',
  summary: 'search for files in a directory hierarchy',
  usage: 'find [path...] [expression]',
  options: [
    '-name',
    '-iname',
    '-type',
    '-maxdepth',
    '-mindepth',
    '-newer',
    '-path',
    '-user',
    '-perm',
    '-size',
  ],
  run: runFind,
};
