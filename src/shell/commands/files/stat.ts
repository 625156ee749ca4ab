/** `stat`: GNU coreutils' default file report, `-c FORMAT` with the common directives, and `-t`. */
import type { FsNode, Server } from '../../../core';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { FS_ERROR_TEXT, hostOf, kibBlocks, linkCount, lookup, sizeOf } from './access';
import { HELP } from './help';
import { gidOf, uidOf } from './ids';
import { modeString } from './lsFormat';
import { isResult, Output, parseOptions, usageError } from './options';
import { quoteName } from './quote';
import { fullTimestamp } from './textio';

/** The simulated root filesystem: one ext4 partition on a virtio disk (`/dev/vda1`). */
const DEVICE = { major: 254, minor: 1 };

/** A stable inode number per path (ext4 gives `/` inode 2). */
function inodeOf(path: string): number {
  if (path === '/') return 2;
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return 131_073 + ((h >>> 0) % 3_000_000);
}

function fileType(node: FsNode): string {
  if (node.kind === 'dir') return 'directory';
  return node.content === '' ? 'regular empty file' : 'regular file';
}

interface Facts {
  name: string;
  path: string;
  node: FsNode;
  server: Server;
}

const octal = (node: FsNode) => (node.mode & 0o7777).toString(8);
const seconds = (ms: number) => String(Math.floor(ms / 1000));

/** One `%x` directive of `stat -c`; unknown ones print as `?`, as GNU does. */
function directive(f: Facts, ch: string): string {
  const { node, server } = f;
  switch (ch) {
    case 'n':
      return f.name;
    case 'N':
      return quoteName(f.name, true);
    case 'a':
      return octal(node);
    case 'A':
      return modeString(node);
    case 'U':
      return node.owner;
    case 'G':
      return node.group;
    case 'u':
      return String(uidOf(server, node.owner) ?? 0);
    case 'g':
      return String(gidOf(server, node.group) ?? 0);
    case 's':
      return String(sizeOf(node));
    case 'b':
      return String(kibBlocks(node) * 2);
    case 'B':
      return '512';
    case 'o':
      return '4096';
    case 'F':
      return fileType(node);
    case 'h':
      return String(linkCount(server, f.path, node));
    case 'i':
      return String(inodeOf(f.path));
    case 'x':
    case 'y':
    case 'z':
      return fullTimestamp(node.mtime);
    case 'X':
    case 'Y':
    case 'Z':
      return seconds(node.mtime);
    case 'w':
      return '-';
    case 'W':
      return '0';
    case 'd':
      return String(DEVICE.major * 256 + DEVICE.minor);
    case '%':
      return '%';
    default:
      return '?';
  }
}

function formatted(f: Facts, format: string): string {
  return format.replace(/%(.?)/g, (whole, ch: string) => (ch === '' ? whole : directive(f, ch)));
}

function report(f: Facts): string {
  const { node, server } = f;
  const uid = String(uidOf(server, node.owner) ?? 0);
  const gid = String(gidOf(server, node.group) ?? 0);
  const time = fullTimestamp(node.mtime);
  return [
    `  File: ${f.name}`,
    `  Size: ${String(sizeOf(node)).padEnd(10)}\tBlocks: ${String(kibBlocks(node) * 2).padEnd(10)} IO Block: 4096   ${fileType(node)}`,
    `Device: ${DEVICE.major},${DEVICE.minor}\tInode: ${String(inodeOf(f.path)).padEnd(11)} Links: ${linkCount(server, f.path, node)}`,
    `Access: (${octal(node).padStart(4, '0')}/${modeString(node)})  Uid: (${uid.padStart(5)}/${node.owner.padStart(8)})   Gid: (${gid.padStart(5)}/${node.group.padStart(8)})`,
    `Access: ${time}`,
    `Modify: ${time}`,
    `Change: ${time}`,
    ' Birth: -',
    '',
  ].join('\n');
}

/** `stat -t`: name size blocks mode(hex) uid gid device(hex) inode links major minor atime mtime ctime birth ioblock. */
function terse(f: Facts): string {
  const { node } = f;
  const raw = ((node.kind === 'dir' ? 0o40000 : 0o100000) | node.mode).toString(16);
  const t = seconds(node.mtime);
  const dev = (DEVICE.major * 256 + DEVICE.minor).toString(16);
  return `${f.name} ${sizeOf(node)} ${kibBlocks(node) * 2} ${raw} ${directive(f, 'u')} ${directive(f, 'g')} ${dev} ${inodeOf(f.path)} ${linkCount(f.server, f.path, node)} 0 0 ${t} ${t} ${t} 0 4096\n`;
}

const LONG = [
  { name: 'dereference', key: 'L' },
  { name: 'terse', key: 't' },
  { name: 'format', arg: 'required', key: 'c' },
  { name: 'printf', arg: 'required' },
] as const;

function runStat(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, { prog: 'stat', short: 'Ltc:', long: LONG, help: HELP.stat });
  if (isResult(parsed)) return parsed;
  if (parsed.operands.length === 0) return usageError('stat', 'missing operand');
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const format = parsed.value('c');
  const printf = parsed.value('printf');
  const out = new Output();
  for (const name of parsed.operands) {
    const found = lookup(server, ctx.session.cwd, name, ctx.user);
    if (!found.ok) {
      out.error(`stat: cannot statx ${quoteName(name, true)}: ${FS_ERROR_TEXT[found.error]}\n`);
      continue;
    }
    const facts = { name, path: found.path, node: found.node, server };
    if (printf !== undefined) out.out(formatted(facts, printf.replace(/\\n/g, '\n').replace(/\\t/g, '\t')));
    else if (format !== undefined) out.out(`${formatted(facts, format)}\n`);
    else out.out(parsed.has('t') ? terse(facts) : report(facts));
  }
  return out.result();
}

export const statCommand: CommandSpec = {
  name: 'stat',
  summary: 'display file or file system status',
  usage: 'stat [OPTION]... FILE...',
  options: ['-c', '-t', '-L', '--format=', '--printf=', '--help'],
  run: runStat,
};
