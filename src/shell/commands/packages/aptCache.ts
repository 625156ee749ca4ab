/** `apt-cache` (queries) and `apt-mark` (holds), over the package model and the engine's hold operations. */
import { aptMarkHold, aptMarkUnhold, heldPackages, type Server } from '../../../core';
import { packageNames } from '../../../core/packages';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { fnmatchRegExp } from '../files/fnmatch';
import { APT_OPTIONS, type AptArgs, aptError, COMMON_OPTIONS, dispatchVerb } from './aptArgs';
import { hostOf, toResult } from './aptCommon';
import { cacheSearch } from './aptList';
import { cacheDepends, cacheMadison, cachePolicy, cacheRdepends } from './aptPolicy';
import { cacheShow } from './aptShow';
import { completePackages } from './complete';
import { aptCacheUsage, aptMarkUsage } from './help';

type Verb = (ctx: CommandContext, server: Server, args: AptArgs, operands: string[]) => CommandResult;

function text(lines: readonly string[]): CommandResult {
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}

function filtered(names: readonly string[], patterns: readonly string[]): string[] {
  const res = patterns.map((p) => fnmatchRegExp(p));
  return names.filter((n) => res.length === 0 || res.some((re) => re.test(n)));
}

const CACHE_VERBS: Record<string, Verb> = {
  policy: (_c, server, _a, names) => cachePolicy(server, names),
  show: (_c, server, _a, names) =>
    names.length ? cacheShow(server, names) : aptError('E: No packages found'),
  madison: (_c, server, _a, names) => cacheMadison(server, names),
  search: (_c, server, args, patterns) => cacheSearch(server, args, patterns),
  depends: (_c, server, _a, names) => cacheDepends(server, names),
  rdepends: (_c, server, _a, names) => cacheRdepends(server, names),
  pkgnames: (_c, _s, _a, [prefix = '']) => text(packageNames().filter((n) => n.startsWith(prefix))),
};

function hold(held: boolean): Verb {
  return (ctx, _server, _args, names) => {
    if (names.length === 0) return aptError('E: No packages found');
    const host = ctx.session.host;
    const mark = held ? aptMarkHold : aptMarkUnhold;
    return toResult(mark(ctx.state.world, host, names, { actor: ctx.actor }), ctx);
  };
}

const MARK_VERBS: Record<string, Verb> = {
  hold: hold(true),
  unhold: hold(false),
  showhold: (_c, server, _a, patterns) => text(filtered(heldPackages(server), patterns)),
  showauto: (_c, server, _a, patterns) =>
    text(
      filtered(
        Object.keys(server.packages)
          .filter((n) => server.packages[n]?.auto)
          .sort(),
        patterns,
      ),
    ),
  showmanual: (_c, server, _a, patterns) =>
    text(
      filtered(
        Object.keys(server.packages)
          .filter((n) => !server.packages[n]?.auto)
          .sort(),
        patterns,
      ),
    ),
};

function tool(
  name: string,
  summary: string,
  verbs: Record<string, Verb>,
  usage: (version: string) => string,
  options = COMMON_OPTIONS,
): CommandSpec {
  return {
    name,
    summary,
    usage: `${name} [options] command`,
    options: ['--help', '--names-only', '--installed'],
    complete: (ctx) => (ctx.args.length === 0 ? Object.keys(verbs) : completePackages(ctx)),
    run: (ctx) => {
      const found = dispatchVerb(ctx, options, usage, verbs);
      if ('exitCode' in found) return found;
      const { args, run, operands } = found;
      const host = hostOf(ctx);
      if (!host) return aptError('E: No packages found');
      return run(ctx, host.server, args, operands);
    },
  };
}

export const aptCacheCommand = tool(
  'apt-cache',
  'query the APT package cache',
  CACHE_VERBS,
  aptCacheUsage,
  APT_OPTIONS,
);
export const aptMarkCommand = tool(
  'apt-mark',
  'mark packages held or automatically installed',
  MARK_VERBS,
  aptMarkUsage,
);
