/** `chmod` (octal and symbolic modes, -R -v -c -f): only a file's owner, or root, may change its mode. */
import { chmodPath, type FsNode, type Server } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { children, FS_ERROR_TEXT, hostOf, joinPath, lookup } from './access';
import { outcomeText, WorldChanges } from './change';
import { HELP } from './help';
import { applyMode, type ModeSpec, parseMode, permString } from './mode';
import { isResult, Output, parseOptions, usageError } from './options';
import { quoteCurly, quoteName } from './quote';

const LONG = [
  { name: 'changes', key: 'c' },
  { name: 'silent', key: 'f' },
  { name: 'quiet', key: 'f' },
  { name: 'verbose', key: 'v' },
  { name: 'recursive', key: 'R' },
  { name: 'preserve-root' },
  { name: 'no-preserve-root' },
] as const;

interface Node {
  shown: string;
  path: string;
  node: FsNode;
}

/** The operand and, with -R, everything below it that can be listed (the rest is reported). */
export function walkTree(
  server: Server,
  user: string,
  top: Node,
  recursive: boolean,
  onDenied: (shown: string) => void,
): Node[] {
  const nodes: Node[] = [];
  const visit = (n: Node) => {
    nodes.push(n);
    if (!recursive || n.node.kind !== 'dir') return;
    if (!canAccess(server, n.node, user, 'r') || !canAccess(server, n.node, user, 'x'))
      return onDenied(n.shown);
    for (const name of children(server, n.path)) {
      const path = joinPath(n.path, name);
      const node = server.fs[path];
      if (node) visit({ shown: `${n.shown.replace(/\/+$/, '')}/${name}`, path, node });
    }
  };
  visit(top);
  return nodes;
}

/** chmod accepts `-w` or `-x` as a mode even though it looks like an option. */
function splitModeLikeOptions(args: readonly string[]): { args: string[]; mode?: string } {
  const index = args.findIndex((a) => /^-[rwxXst]+$/.test(a));
  if (index < 0) return { args: [...args] };
  return { args: args.filter((_, i) => i !== index), mode: args[index] };
}

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(4, '0');

function report(n: Node, before: number, after: number, verbose: boolean, changesOnly: boolean): string {
  if (before !== after && (verbose || changesOnly))
    return `mode of ${quoteName(n.shown, true)} changed from ${octal(before)} (${permString(before)}) to ${octal(after)} (${permString(after)})\n`;
  if (before === after && verbose)
    return `mode of ${quoteName(n.shown, true)} retained as ${octal(before)} (${permString(before)})\n`;
  return '';
}

function runChmod(ctx: CommandContext): CommandResult {
  const split = splitModeLikeOptions(ctx.args);
  const parsed = parseOptions(split.args, { prog: 'chmod', short: 'cfvR', long: LONG, help: HELP.chmod });
  if (isResult(parsed)) return parsed;
  const operands = split.mode ? [split.mode, ...parsed.operands] : parsed.operands;
  const [modeText, ...files] = operands;
  if (modeText === undefined) return usageError('chmod', 'missing operand');
  if (files.length === 0) return usageError('chmod', `missing operand after ${quoteCurly(modeText)}`);
  const spec: ModeSpec | null = parseMode(modeText);
  if (!spec) return usageError('chmod', `invalid mode: ${quoteCurly(modeText)}`);
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  const quiet = parsed.has('f');
  for (const file of files) {
    const found = lookup(changes.server, ctx.session.cwd, file, ctx.user);
    if (!found.ok) {
      if (!quiet) out.error(`chmod: cannot access ${quoteName(file, true)}: ${FS_ERROR_TEXT[found.error]}\n`);
      else out.error('');
      continue;
    }
    const nodes = walkTree(
      changes.server,
      ctx.user,
      { shown: file, path: found.path, node: found.node },
      parsed.has('R'),
      (shown) =>
        out.error(`chmod: cannot read directory ${quoteName(shown, true)}: ${FS_ERROR_TEXT.EACCES}\n`),
    );
    for (const n of nodes) {
      if (ctx.user !== 'root' && n.node.owner !== ctx.user) {
        if (!quiet)
          out.error(`chmod: changing permissions of ${quoteName(n.shown, true)}: Operation not permitted\n`);
        else out.error('');
        continue;
      }
      const after = applyMode(spec, n.node.mode, n.node.kind === 'dir');
      if (after !== (n.node.mode & 0o7777)) {
        const outcome = changes.apply((w, h, a) => chmodPath(w, h, n.path, after, a));
        if (!outcome.ok) {
          out.error(`chmod: changing permissions of ${quoteName(n.shown, true)}: ${outcomeText(outcome)}\n`);
          continue;
        }
      }
      out.out(report(n, n.node.mode & 0o7777, after, parsed.has('v'), parsed.has('c')));
    }
  }
  return out.result({ world: changes.world });
}

export const chmodCommand: CommandSpec = {
  name: 'chmod',
  summary: 'change file mode bits',
  usage: 'chmod [OPTION]... MODE[,MODE]... FILE...',
  options: ['-R', '-v', '-c', '-f', '--help'],
  run: runChmod,
};
