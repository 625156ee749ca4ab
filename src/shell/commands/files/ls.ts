import { dirname, type FsNode, type Server } from '../../../core';
import { canAccess } from '../../permissions';
import { terminalColumns } from '../../session';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import {
  blockedOnTheWay,
  children,
  FS_ERROR_TEXT,
  joinPath,
  kibBlocks,
  linkCount,
  lookup,
  sizeOf,
} from './access';
import { HELP } from './help';
import { columnLines, humanSize, type LongRow, longLines, lsDate, modeString } from './lsFormat';
import { isResult, Output, parseOptions } from './options';
import { quoteName } from './quote';

interface Flags {
  hidden: 'skip' | 'almost' | 'all';
  directory: boolean;
  human: boolean;
  format: 'long' | 'one' | 'columns';
  sort: 'name' | 'time' | 'size';
  reverse: boolean;
  recursive: boolean;
  width: number;
}

/** Something to list: `name` as shown, `node` null when the directory lets us read names but not stat them. */
interface Entry {
  name: string;
  path: string;
  node: FsNode | null;
}

const LONG = [
  { name: 'all', key: 'a' },
  { name: 'almost-all', key: 'A' },
  { name: 'directory', key: 'd' },
  { name: 'human-readable', key: 'h' },
  { name: 'reverse', key: 'r' },
  { name: 'recursive', key: 'R' },
  { name: 'width', arg: 'required', key: 'w' },
  { name: 'color', arg: 'optional' },
] as const;

function flagsFrom(
  list: readonly { key: string; value: string | undefined }[],
  env: Record<string, string>,
  ttyColumns: number,
): Flags | string {
  // GNU ls: COLUMNS when set, else the terminal's width.
  const columns = Number(env.COLUMNS);
  const flags: Flags = {
    hidden: 'skip',
    directory: false,
    human: false,
    format: 'columns',
    sort: 'name',
    reverse: false,
    recursive: false,
    width: Number.isInteger(columns) && columns > 0 ? columns : ttyColumns,
  };
  for (const { key, value } of list) {
    if (key === 'a') flags.hidden = 'all';
    else if (key === 'A') flags.hidden = 'almost';
    else if (key === 'd') flags.directory = true;
    else if (key === 'h') flags.human = true;
    else if (key === 'l') flags.format = 'long';
    else if (key === '1') flags.format = 'one';
    else if (key === 'C') flags.format = 'columns';
    else if (key === 't') flags.sort = 'time';
    else if (key === 'S') flags.sort = 'size';
    else if (key === 'U') flags.sort = 'name';
    else if (key === 'r') flags.reverse = true;
    else if (key === 'R') flags.recursive = true;
    else if (key === 'w') {
      const width = Number(value);
      if (!/^\d+$/.test(value ?? '')) return `ls: invalid line width: ${quoteName(value ?? '', true)}\n`;
      flags.width = width === 0 ? Number.POSITIVE_INFINITY : width;
    }
  }
  return flags;
}

function sortEntries(entries: Entry[], flags: Flags): Entry[] {
  const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const key = (e: Entry) =>
    flags.sort === 'time' ? (e.node?.mtime ?? 0) : flags.sort === 'size' && e.node ? sizeOf(e.node) : 0;
  const compare = (a: Entry, b: Entry) => key(b) - key(a) || byName(a, b);
  return entries.sort((a, b) => (flags.reverse ? compare(b, a) : compare(a, b)));
}

/** Names as a terminal shows them; once one needs quotes, the rest get a space so the names line up. */
function shownNames(entries: readonly Entry[], align: boolean): string[] {
  const shown = entries.map((e) => quoteName(e.name));
  if (!align || shown.every((s, i) => s === entries[i]?.name)) return shown;
  return shown.map((s, i) => (s === entries[i]?.name ? ` ${s}` : s));
}

function longRow(entry: Entry, name: string, flags: Flags, server: Server, now: number): LongRow {
  const { node } = entry;
  if (!node) {
    return { mode: '?????????', links: '?', owner: '?', group: '?', size: '?', date: '           ?', name };
  }
  const size = sizeOf(node);
  return {
    mode: modeString(node),
    links: String(linkCount(server, entry.path, node)),
    owner: node.owner,
    group: node.group,
    size: flags.human ? humanSize(size) : String(size),
    date: lsDate(node.mtime, now),
    name,
  };
}

function render(entries: Entry[], flags: Flags, server: Server, now: number, widthsFrom = entries): string {
  if (entries.length === 0) return '';
  const names = shownNames(entries, flags.format !== 'one');
  let lines: string[];
  if (flags.format === 'long') {
    const rows = entries.map((e, i) => longRow(e, names[i] ?? e.name, flags, server, now));
    const widthRows =
      widthsFrom === entries ? rows : widthsFrom.map((e) => longRow(e, '', flags, server, now));
    lines = longLines(rows, widthRows);
  } else if (flags.format === 'one') lines = names;
  else lines = columnLines(names, flags.width);
  return `${lines.join('\n')}\n`;
}

class Lister {
  readonly out = new Output();
  private printed = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly server: Server,
    private readonly flags: Flags,
    private readonly headers: boolean,
  ) {}

  files(entries: Entry[], widthsFrom: Entry[]): void {
    if (entries.length === 0) return;
    this.out.out(render(entries, this.flags, this.server, this.ctx.state.world.now, widthsFrom));
    this.printed = true;
  }

  directory(shown: string, path: string, commandLine: boolean): void {
    const { server, flags, ctx } = this;
    const node = server.fs[path];
    const blocked = blockedOnTheWay(server, path, ctx.user);
    if (!node || blocked || !canAccess(server, node, ctx.user, 'r')) {
      const reason = FS_ERROR_TEXT[blocked ?? (node ? 'EACCES' : 'ENOENT')];
      this.out.error(`ls: cannot open directory ${quoteName(shown, true)}: ${reason}\n`, commandLine ? 2 : 1);
      return;
    }
    if (this.headers) this.out.out(`${this.printed ? '\n' : ''}${quoteName(shown)}:\n`);
    this.printed = true;
    const searchable = canAccess(server, node, ctx.user, 'x');
    const names = children(server, path).filter((n) => flags.hidden !== 'skip' || !n.startsWith('.'));
    if (flags.hidden === 'all') names.push('.', '..');
    const entries = sortEntries(
      names.map((name) => {
        const at = name === '.' ? path : name === '..' ? dirname(path) : joinPath(path, name);
        return { name, path: at, node: searchable ? (server.fs[at] ?? null) : null };
      }),
      flags,
    );
    if (flags.format === 'long') {
      for (const e of entries.filter((x) => !x.node))
        this.out.error(`ls: cannot access ${quoteName(subPath(shown, e.name), true)}: Permission denied\n`);
      const total = entries.reduce((sum, e) => sum + (e.node ? kibBlocks(e.node) : 0), 0);
      this.out.out(`total ${flags.human ? humanSize(total * 1024) : total}\n`);
    }
    this.out.out(render(entries, flags, server, ctx.state.world.now));
    if (!flags.recursive) return;
    for (const e of entries) {
      const isDir = searchable ? e.node?.kind === 'dir' : server.fs[e.path]?.kind === 'dir';
      if (isDir && e.name !== '.' && e.name !== '..') this.directory(subPath(shown, e.name), e.path, false);
    }
  }
}

/** `./d`, `/etc`, `d/sub`: how ls names a subdirectory in its `-R` headers. */
function subPath(shown: string, name: string): string {
  return shown.endsWith('/') ? `${shown}${name}` : `${shown}/${name}`;
}

function runLs(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, {
    prog: 'ls',
    short: 'aAdhlrRtSU1Cw:',
    long: LONG,
    help: HELP.ls,
    usageExit: 2,
  });
  if (isResult(parsed)) return parsed;
  const flags = flagsFrom(parsed.list, ctx.session.env, terminalColumns(ctx.state));
  if (typeof flags === 'string') return { stdout: '', stderr: flags, exitCode: 2 };
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server) return { stdout: '', stderr: '', exitCode: 2 };
  const operands = parsed.operands.length ? parsed.operands : ['.'];
  const lister = new Lister(ctx, server, flags, operands.length > 1 || flags.recursive);
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const arg of operands) {
    const found = lookup(server, ctx.session.cwd, arg, ctx.user);
    if (!found.ok) {
      lister.out.error(`ls: cannot access ${quoteName(arg, true)}: ${FS_ERROR_TEXT[found.error]}\n`, 2);
      continue;
    }
    const entry = { name: arg, path: found.path, node: found.node };
    (found.node.kind === 'dir' && !flags.directory ? dirs : files).push(entry);
  }
  // GNU sizes the columns of the command-line files over every operand it stat'ed, directories included.
  lister.files(sortEntries(files, flags), [...files, ...dirs]);
  for (const dir of sortEntries(dirs, flags)) lister.directory(dir.name, dir.path, true);
  return lister.out.result();
}

export const lsCommand: CommandSpec = {
  name: 'ls',
  summary: 'list directory contents',
  usage: 'ls [OPTION]... [FILE]...',
  options: ['-l', '-a', '-A', '-h', '-t', '-r', '-R', '-d', '-1', '-S', '--help'],
  run: runLs,
};
