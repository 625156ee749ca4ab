/** `tree` (2.1.0, Debian 12): an indented listing with box-drawing branches and a directory/file count. */
import type { FsNode, Server } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { blockedOnTheWay, children, hostOf, joinPath, lookup, sizeOf } from './access';
import { HELP } from './help';
import { modeString } from './lsFormat';

const USAGE = `usage: tree [-acdfghilnpqrstuvxACDFJQNSUX] [-L level [-R]] [-H  baseHREF]
\t[-T title] [-o filename] [-P pattern] [-I pattern] [--gitignore]
\t[--gitfile[=]file] [--matchdirs] [--metafirst] [--ignore-case]
\t[--nolinks] [--hintro[=]file] [--houtro[=]file] [--inodes] [--device]
\t[--sort[=]<name>] [--dirsfirst] [--filesfirst] [--filelimit #] [--si]
\t[--du] [--prune] [--charset[=]X] [--timefmt[=]format] [--fromfile]
\t[--fflinks] [--info] [--infofile[=]file] [--noreport] [--version]
\t[--help] [--] [directory ...]
`;

interface Flags {
  all: boolean;
  dirsOnly: boolean;
  fullPath: boolean;
  level: number;
  perms: boolean;
  user: boolean;
  group: boolean;
  human: boolean;
  reverse: boolean;
  byTime: boolean;
  report: boolean;
}

type ParsedArgs = { flags: Flags; paths: string[] } | CommandResult;

function parseArgs(args: readonly string[]): ParsedArgs {
  const flags: Flags = {
    all: false,
    dirsOnly: false,
    fullPath: false,
    level: Number.POSITIVE_INFINITY,
    perms: false,
    user: false,
    group: false,
    human: false,
    reverse: false,
    byTime: false,
    report: true,
  };
  const paths: string[] = [];
  const letters: Record<string, keyof Flags> = {
    a: 'all',
    d: 'dirsOnly',
    f: 'fullPath',
    p: 'perms',
    u: 'user',
    g: 'group',
    h: 'human',
    r: 'reverse',
    t: 'byTime',
  };
  const invalid = (what: string): CommandResult => ({
    stdout: '',
    stderr: `tree: Invalid argument ${what}.\n${USAGE}`,
    exitCode: 1,
  });
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help') return { stdout: HELP.tree, stderr: '', exitCode: 0 };
    if (arg === '--version')
      return {
        stdout:
          'tree v2.1.0 © 1996 - 2022 by Steve Baker, Thomas Moore, Francesc Rocher, Florian Sesser, Kyosuke Tokoro\n',
        stderr: '',
        exitCode: 0,
      };
    if (arg === '--noreport') flags.report = false;
    else if (arg.startsWith('--')) return invalid(`\`${arg}'`);
    else if (arg.startsWith('-') && arg.length > 1) {
      for (const ch of arg.slice(1)) {
        const key = letters[ch];
        if (key) (flags[key] as boolean) = true;
        else if (ch === 'L') {
          const value = args[++i];
          if (value === undefined)
            return { stdout: '', stderr: 'tree: Missing argument to -L option.\n', exitCode: 1 };
          if (!/^\d+$/.test(value) || Number(value) < 1)
            return { stdout: '', stderr: 'tree: Invalid level, must be greater than 0.\n', exitCode: 1 };
          flags.level = Number(value);
        } else return invalid(`-\`${ch}'`);
      }
    } else paths.push(arg);
  }
  return { flags, paths: paths.length ? paths : ['.'] };
}

/** tree's -h: one decimal below 10 (`4.0K`), whole units above (`121K`), padded to four columns. */
function treeSize(bytes: number): string {
  if (bytes < 1024) return String(bytes).padStart(4);
  const units = 'KMGTPE';
  let value = bytes / 1024;
  let u = 0;
  while (value >= 1024 && u < units.length - 1) {
    value /= 1024;
    u++;
  }
  return value < 9.95 ? `${value.toFixed(1)}${units[u]}` : `${Math.round(value)}${units[u]}`.padStart(4);
}

class TreeWalk {
  dirs = 0;
  files = 0;
  failed = false;
  readonly lines: string[] = [];

  constructor(
    private readonly server: Server,
    private readonly user: string,
    private readonly flags: Flags,
  ) {}

  private meta(node: FsNode): string {
    const fields: string[] = [];
    if (this.flags.perms) fields.push(modeString(node));
    if (this.flags.user) fields.push(node.owner.padEnd(8));
    if (this.flags.group) fields.push(node.group.padEnd(8));
    if (this.flags.human) fields.push(treeSize(sizeOf(node)));
    return fields.length ? `[${fields.join(' ')}]  ` : '';
  }

  private readable(node: FsNode): boolean {
    return canAccess(this.server, node, this.user, 'r') && canAccess(this.server, node, this.user, 'x');
  }

  /** The top line for one path operand, then its contents. */
  root(shown: string, path: string, node: FsNode): void {
    if (node.kind !== 'dir' || blockedOnTheWay(this.server, path, this.user) || !this.readable(node)) {
      // tree opens the operand as a directory; anything it cannot open is listed and counted as a file.
      this.lines.push(`${this.meta(node)}${shown}  [error opening dir]`);
      this.files++;
      return;
    }
    this.lines.push(`${this.meta(node)}${shown}`);
    this.dirs++;
    this.contents(shown, path, '', 1);
  }

  private entries(path: string): { name: string; path: string; node: FsNode }[] {
    const list = children(this.server, path)
      .filter((name) => this.flags.all || !name.startsWith('.'))
      .map((name) => ({
        name,
        path: joinPath(path, name),
        node: this.server.fs[joinPath(path, name)] as FsNode,
      }))
      .filter((e) => e.node && (!this.flags.dirsOnly || e.node.kind === 'dir'));
    if (this.flags.byTime) list.sort((a, b) => a.node.mtime - b.node.mtime || (a.name < b.name ? -1 : 1));
    return this.flags.reverse ? list.reverse() : list;
  }

  private contents(shown: string, path: string, indent: string, depth: number): void {
    const list = this.entries(path);
    list.forEach((entry, index) => {
      const last = index === list.length - 1;
      const label = this.flags.fullPath ? `${shown}/${entry.name}` : entry.name;
      const isDir = entry.node.kind === 'dir';
      // tree opens a directory only to descend into it, so -L hides what it could not open.
      const openable = !isDir || depth >= this.flags.level || this.readable(entry.node);
      this.lines.push(
        `${indent}${last ? '└── ' : '├── '}${this.meta(entry.node)}${label}${openable ? '' : '  [error opening dir]'}`,
      );
      if (isDir) this.dirs++;
      else this.files++;
      if (!openable) this.failed = true;
      if (isDir && openable && depth < this.flags.level)
        this.contents(label, entry.path, `${indent}${last ? '    ' : '│   '}`, depth + 1);
    });
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function runTree(ctx: CommandContext): CommandResult {
  const parsed = parseArgs(ctx.args);
  if ('exitCode' in parsed) return parsed;
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const walk = new TreeWalk(server, ctx.user, parsed.flags);
  let missing = false;
  for (const path of parsed.paths) {
    const found = lookup(server, ctx.session.cwd, path, ctx.user);
    if (found.ok) walk.root(path, found.path, found.node);
    else {
      walk.lines.push(`${path}  [error opening dir]`);
      missing = true;
    }
  }
  const summary = parsed.flags.dirsOnly
    ? plural(walk.dirs, 'directory', 'directories')
    : `${plural(walk.dirs, 'directory', 'directories')}, ${plural(walk.files, 'file', 'files')}`;
  const report = parsed.flags.report ? `\n${summary}\n` : '';
  return {
    stdout: `${walk.lines.join('\n')}\n${report}`,
    stderr: '',
    exitCode: missing || walk.failed ? 2 : 0,
  };
}

export const treeCommand: CommandSpec = {
  name: 'tree',
  summary: 'list contents of directories in a tree-like format',
  usage: 'tree [-adfpughrt] [-L level] [--noreport] [directory ...]',
  options: ['-a', '-d', '-f', '-L', '-p', '-u', '-g', '-h', '--noreport', '--help'],
  run: runTree,
};
