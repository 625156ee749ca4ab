/** `apt` and `apt-get`: one dispatcher over the verbs each front end knows. */
import { NOT_ROOT_LINES } from '../../../core/ops/aptOutput';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { APT_OPTIONS, type AptArgs, aptError, dispatchVerb } from './aptArgs';
import { runInstall, runRemove, runUpgrade } from './aptChange';
import { type Frontend, hostOf, lines } from './aptCommon';
import { aptList, aptSearch } from './aptList';
import { cacheDepends, cachePolicy, cacheRdepends } from './aptPolicy';
import { aptShow } from './aptShow';
import { runUpdate } from './aptUpdate';
import { completePackages } from './complete';
import { aptGetUsage, aptUsage } from './help';
import { readSources } from './sourcesFiles';

type Verb = (ctx: CommandContext, args: AptArgs, operands: string[]) => CommandResult;

/** What every front end answers for a verb the lab does not model, rather than pretending. */
function notModelled(verb: string): Verb {
  return () => aptError(`E: '${verb}' is not available in this lab`);
}

function withServer(
  run: (
    server: NonNullable<ReturnType<typeof hostOf>>['server'],
    args: AptArgs,
    names: string[],
  ) => CommandResult,
): Verb {
  return (ctx, args, operands) => {
    const host = hostOf(ctx);
    return host ? run(host.server, args, operands) : aptError('E: No packages found');
  };
}

function clean(ctx: CommandContext): CommandResult {
  if (ctx.user === 'root') return { stdout: '', stderr: '', exitCode: 0 };
  return aptError(
    'E: Could not open lock file /var/cache/apt/archives/lock - open (13: Permission denied)',
    'E: Unable to lock directory /var/cache/apt/archives/',
  );
}

function check(ctx: CommandContext): CommandResult {
  if (ctx.user !== 'root') return aptError(...NOT_ROOT_LINES);
  return {
    stdout: lines(
      'Reading package lists... Done',
      'Building dependency tree... Done',
      'Reading state information... Done',
    ),
    stderr: '',
    exitCode: 0,
  };
}

function changeVerbs(prog: string, frontend: Frontend): Record<string, Verb> {
  return {
    update: (ctx) => runUpdate(ctx, frontend),
    install: (ctx, args, names) => runInstall(ctx, prog, frontend, args, names),
    remove: (ctx, args, names) => runRemove(ctx, prog, frontend, args, 'remove', names),
    purge: (ctx, args, names) => runRemove(ctx, prog, frontend, args, 'purge', names),
    autoremove: (ctx, args, names) => runRemove(ctx, prog, frontend, args, 'autoremove', names),
    'auto-remove': (ctx, args, names) => runRemove(ctx, prog, frontend, args, 'autoremove', names),
    upgrade: (ctx, args, names) => runUpgrade(ctx, prog, frontend, args, false, names),
    'full-upgrade': (ctx, args, names) => runUpgrade(ctx, prog, frontend, args, true, names),
    'dist-upgrade': (ctx, args, names) => runUpgrade(ctx, prog, frontend, args, true, names),
    clean,
    autoclean: clean,
    reinstall: notModelled('reinstall'),
    satisfy: notModelled('satisfy'),
  };
}

const APT_VERBS: Record<string, Verb> = {
  ...changeVerbs('apt', 'apt'),
  list: withServer(aptList),
  search: withServer(aptSearch),
  show: withServer(aptShow),
  policy: withServer((server, _args, names) => cachePolicy(server, names)),
  depends: withServer((server, _args, names) => cacheDepends(server, names)),
  rdepends: withServer((server, _args, names) => cacheRdepends(server, names)),
  'edit-sources': notModelled('edit-sources'),
};

const APT_GET_VERBS: Record<string, Verb> = {
  ...changeVerbs('apt-get', 'apt-get'),
  check,
  'dselect-upgrade': notModelled('dselect-upgrade'),
  'build-dep': notModelled('build-dep'),
  source: notModelled('source'),
  download: notModelled('download'),
  changelog: notModelled('changelog'),
};

function frontend(prog: Frontend, verbs: Record<string, Verb>, usage: (v: string) => string): CommandSpec {
  return {
    name: prog,
    summary: prog === 'apt' ? 'command-line package manager' : 'APT package handling utility',
    usage: `${prog} [options] command`,
    options: [
      '-y',
      '--yes',
      '-t',
      '--only-upgrade',
      '--no-install-recommends',
      '--installed',
      '--upgradable',
      '--purge',
      '--help',
    ],
    complete: (ctx) => (ctx.args.length === 0 ? Object.keys(verbs) : completePackages(ctx)),
    run: (ctx) => {
      const found = dispatchVerb(ctx, APT_OPTIONS, usage, verbs);
      if ('exitCode' in found) return found;
      const { args, verb, run, operands } = found;
      const host = hostOf(ctx);
      const read = host && verb !== 'update' ? readSources(host.server) : undefined;
      if (read?.errors.length)
        return aptError(...read.notices, ...read.errors, 'E: The list of sources could not be read.');
      return run(ctx, args, operands);
    },
  };
}

export const aptCommand = frontend('apt', APT_VERBS, aptUsage);
export const aptGetCommand = frontend('apt-get', APT_GET_VERBS, aptGetUsage);
