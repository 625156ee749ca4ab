/** `dpkg` and `dpkg-query`: one action per call, dpkg's own errors (exit 2) for usage mistakes. */
import { dpkgConfigurePending, pendingConfigure } from '../../../core';
import { compareVersions, isValidVersion } from '../../../core/packages';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { hostOf, lines, toResult } from './aptCommon';
import { completePackages } from './complete';
import { dpkgList, dpkgListFiles, dpkgSearch, dpkgShow, dpkgStatus } from './dpkgQuery';
import { DPKG_HELP, dpkgVersion } from './help';

/** Action options: the flag as typed on the command line → the action. */
const ACTIONS: Readonly<Record<string, string>> = {
  '-l': 'list',
  '--list': 'list',
  '-L': 'listfiles',
  '--listfiles': 'listfiles',
  '-s': 'status',
  '--status': 'status',
  '-S': 'search',
  '--search': 'search',
  '-W': 'show',
  '--show': 'show',
  '--configure': 'configure',
  '-i': 'install',
  '--install': 'install',
  '-r': 'remove',
  '--remove': 'remove',
  '-P': 'purge',
  '--purge': 'purge',
  '--print-architecture': 'print-architecture',
  '--compare-versions': 'compare-versions',
  '--get-selections': 'get-selections',
  '--version': 'version',
  '--help': 'help',
  '-?': 'help',
};

const LONG_NAME: Readonly<Record<string, string>> = {
  list: '--list',
  listfiles: '--listfiles',
  status: '--status',
  search: '--search',
  show: '--show',
  install: '--install',
  remove: '--remove',
  purge: '--purge',
};

interface DpkgArgs {
  action?: string;
  flag?: string;
  pending: boolean;
  format?: string;
  operands: string[];
}

function typeHelp(prog: string): string {
  if (prog === 'dpkg-query') return '\nUse --help for help about querying packages.\n';
  return `
Type dpkg --help for help about installing and deinstalling packages [*];
Use 'apt' or 'aptitude' for user-friendly package management;
Type dpkg -Dhelp for a list of dpkg debug flag values;
Type dpkg --force-help for a list of forcing options;
Type dpkg-deb --help for help about manipulating *.deb files;

Options marked [*] produce a lot of output - pipe it through 'less' or 'more' !
`;
}

function usageError(prog: string, message: string): CommandResult {
  return { stdout: '', stderr: `${prog}: error: ${message}\n${typeHelp(prog)}`, exitCode: 2 };
}

function parse(prog: string, args: readonly string[]): DpkgArgs | CommandResult {
  const out: DpkgArgs = { pending: false, operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      out.operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.operands.push(arg);
      continue;
    }
    if (arg === '-a' || arg === '--pending') out.pending = true;
    else if (/^--(no-)?force-/.test(arg) || arg === '--no-pager') continue;
    else if (prog === 'dpkg-query' && (arg === '-f' || arg.startsWith('--showformat'))) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined) return usageError(prog, `option --showformat requires a value`);
      out.format = value;
    } else if (prog === 'dpkg-query' && arg.startsWith('-f')) out.format = arg.slice(2);
    else {
      const action = ACTIONS[arg];
      if (
        !action ||
        (prog === 'dpkg-query' &&
          !['list', 'listfiles', 'status', 'search', 'show', 'version', 'help'].includes(action))
      )
        return usageError(prog, `unknown option ${arg}`);
      if (out.action && out.action !== action)
        return usageError(
          prog,
          `conflicting actions ${arg} (${LONG_NAME[action] ?? arg}) and ${out.flag} (${LONG_NAME[out.action] ?? out.flag})`,
        );
      out.action = action;
      out.flag = arg;
    }
  }
  return out;
}

const OPS = [
  'lt',
  'le',
  'eq',
  'ne',
  'ge',
  'gt',
  '<<',
  '<=',
  '=',
  '>=',
  '>>',
  '<',
  '>',
  'lt-nl',
  'le-nl',
  'ge-nl',
  'gt-nl',
];

/** `dpkg --compare-versions A OP B`: exit 0 when the relation holds, 1 when not. */
function compare(prog: string, operands: readonly string[]): CommandResult {
  const [a, op, b] = operands;
  if (a === undefined || op === undefined || b === undefined || operands.length > 3)
    return usageError(prog, '--compare-versions takes three arguments: <version> <relation> <version>');
  if (!OPS.includes(op)) return usageError(prog, `--compare-versions bad relation`);
  for (const v of [a, b])
    if (v !== '' && !isValidVersion(v))
      return { stdout: '', stderr: `dpkg: warning: version '${v}' has bad syntax\n`, exitCode: 1 };
  const c = compareVersions(a, b);
  const rel = op.replace(/-nl$/, '');
  const holds =
    rel === 'lt' || rel === '<<' || rel === '<'
      ? c < 0
      : rel === 'le' || rel === '<='
        ? c <= 0
        : rel === 'eq' || rel === '='
          ? c === 0
          : rel === 'ne'
            ? c !== 0
            : rel === 'ge' || rel === '>='
              ? c >= 0
              : c > 0;
  return { stdout: '', stderr: '', exitCode: holds ? 0 : 1 };
}

function needsRoot(ctx: CommandContext): CommandResult | undefined {
  if (ctx.user === 'root') return undefined;
  return {
    stdout: '',
    stderr: 'dpkg: error: requested operation requires superuser privilege\n',
    exitCode: 2,
  };
}

function configure(ctx: CommandContext, parsed: DpkgArgs): CommandResult {
  if (!parsed.pending && parsed.operands.length === 0)
    return usageError('dpkg', '--configure needs at least one package name argument');
  const host = hostOf(ctx);
  if (!host) return needsRoot(ctx) ?? { stdout: '', stderr: '', exitCode: 0 };
  const pending = pendingConfigure(host.server);
  const named = parsed.operands.filter((n) => !pending.includes(n));
  if (ctx.user === 'root' && !parsed.pending && named.length === parsed.operands.length) {
    const out = named.flatMap((n) =>
      host.server.packages[n]
        ? [
            `dpkg: error processing package ${n} (--configure):`,
            ` package ${n} is already installed and configured`,
          ]
        : [
            `dpkg: error processing package ${n} (--configure):`,
            ` package ${n} is not installed and no information is available`,
          ],
    );
    return {
      stdout: '',
      stderr: lines(...out, 'Errors were encountered while processing:', ...named.map((n) => ` ${n}`)),
      exitCode: 1,
    };
  }
  return toResult(dpkgConfigurePending(ctx.state.world, host.name, { actor: ctx.actor }), ctx);
}

function selections(ctx: CommandContext): CommandResult {
  const server = hostOf(ctx)?.server;
  if (!server) return { stdout: '', stderr: '', exitCode: 0 };
  const names = [
    ...new Set([...Object.keys(server.packages), ...Object.keys(server.apt.residualConfig ?? {})]),
  ].sort();
  const out = names.map((name) => {
    const pkg = server.packages[name];
    const want = pkg ? (pkg.held ? 'hold' : 'install') : 'deinstall';
    const tabs = '\t'.repeat(Math.max(1, Math.ceil((40 - name.length) / 8)));
    return `${name}${tabs}${want}`;
  });
  return { stdout: lines(...out), stderr: '', exitCode: 0 };
}

function run(prog: string, ctx: CommandContext): CommandResult {
  const parsed = parse(prog, ctx.args);
  if ('exitCode' in parsed) return parsed;
  const server = hostOf(ctx)?.server;
  const names = parsed.operands;
  const needNames = (flag: string) =>
    usageError(prog === 'dpkg' ? 'dpkg-query' : prog, `${flag} needs at least one package name argument`);
  switch (parsed.action) {
    case 'help':
      return {
        stdout: prog === 'dpkg' ? DPKG_HELP : 'Usage: dpkg-query [<option>...] <command>\n',
        stderr: '',
        exitCode: 0,
      };
    case 'version':
      return { stdout: dpkgVersion(server?.packages.dpkg?.version ?? '1.21.22'), stderr: '', exitCode: 0 };
    case 'print-architecture':
      return { stdout: 'amd64\n', stderr: '', exitCode: 0 };
    case 'compare-versions':
      return compare(prog, names);
    case 'get-selections':
      return selections(ctx);
    case 'configure':
      return configure(ctx, parsed);
    case 'install':
    case 'remove':
    case 'purge': {
      const denied = needsRoot(ctx);
      if (denied) return denied;
      if (names.length === 0)
        return usageError(
          prog,
          `${LONG_NAME[parsed.action]} needs at least one package archive file argument`,
        );
      if (parsed.action === 'install')
        return {
          stdout: '',
          stderr: `dpkg: error: cannot access archive '${names[0]}': No such file or directory\n`,
          exitCode: 2,
        };
      return {
        stdout: '',
        stderr: `dpkg: '${LONG_NAME[parsed.action]}' is not available in this lab; use apt ${parsed.action}\n`,
        exitCode: 2,
      };
    }
  }
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  switch (parsed.action) {
    case 'list':
      return dpkgList(server, names);
    case 'listfiles':
      return names.length ? dpkgListFiles(server, names) : needNames('--listfiles');
    case 'status':
      return names.length ? dpkgStatus(server, names) : needNames('--status');
    case 'search':
      return names.length ? dpkgSearch(server, names) : needNames('--search');
    case 'show':
      return dpkgShow(server, names, parsed.format);
    default:
      return usageError(prog, 'need an action option');
  }
}

export const dpkgCommand: CommandSpec = {
  name: 'dpkg',
  summary: 'package manager for Debian',
  usage: 'dpkg [<option>...] <command>',
  options: [
    '-l',
    '-L',
    '-s',
    '-S',
    '--configure',
    '-a',
    '--print-architecture',
    '--compare-versions',
    '--help',
  ],
  complete: completePackages,
  run: (ctx) => run('dpkg', ctx),
};

export const dpkgQueryCommand: CommandSpec = {
  name: 'dpkg-query',
  summary: 'a tool to query the dpkg database',
  usage: 'dpkg-query [<option>...] <command>',
  options: ['-l', '-L', '-s', '-S', '-W', '-f', '--help'],
  complete: completePackages,
  run: (ctx) => run('dpkg-query', ctx),
};
