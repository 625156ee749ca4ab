/**
 * The GNU text tools of `src/shell/text` as commands: they read the current server through a permission-aware
 * TextIO as the command's user, and the files they write (sed -i, tee, sort -o, uniq OUTPUT) go through
 * `writeAs` as that user, so each write is checked and lands in the ledger. cat, head and tail are the files
 * family's.
 */
import { dirname, resolvePath } from '../../core';
import { safeTerminalText } from '../format/safeText';
import { FS_ERROR_TEXT, type FsError, writeAs } from '../fs';
import { cut, diff, echo, grep, printf, sed, sort, type TextTool, tee, tr, uniq, wc } from '../text';
import type { FileWrite } from '../text/io';
import type { CommandContext, CommandResult, CommandSpec } from '../types';
import { stableHash } from './cli';
import { serverTextIO } from './files/textio';

const TEMP_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The name mkstemp would have picked for sed's temporary file (stable, so output is reproducible). */
function tempName(path: string, now: number): string {
  return Array.from(
    { length: 6 },
    (_, i) => TEMP_CHARS[stableHash(`${path}@${now}#${i}`) % TEMP_CHARS.length],
  ).join('');
}

/** How each tool reports a file it could not write, and whether it goes on with the others. */
function writeError(
  name: string,
  ctx: CommandContext,
  w: FileWrite,
  error: FsError,
): { text: string; code: number; stop: boolean } {
  const why = FS_ERROR_TEXT[error];
  if (name === 'sed') {
    const inPlace = ctx.args.some((a) => /^(-[a-zA-Z]*i|--in-place)/.test(a)) && ctx.args.includes(w.path);
    if (inPlace && error === 'EACCES') {
      const dir = dirname(resolvePath(ctx.session.cwd, w.path));
      const temp = `${dir === '/' ? '' : dir}/sed${tempName(w.path, ctx.state.world.now)}`;
      return { text: `sed: couldn't open temporary file ${temp}: ${why}\n`, code: 4, stop: true };
    }
    return { text: `sed: couldn't open file ${w.path}: ${why}\n`, code: 4, stop: true };
  }
  if (name === 'sort') return { text: `sort: open failed: ${w.path}: ${why}\n`, code: 2, stop: true };
  return { text: `${name}: ${w.path}: ${why}\n`, code: 1, stop: false };
}

/** Runs a tool over the session's host as the command's user, then applies the files it writes. */
function runTool(ctx: CommandContext, name: string, tool: TextTool): CommandResult {
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const result = tool(ctx.args, serverTextIO(server, ctx.session.cwd, ctx.user, ctx.stdin));
  let world = ctx.state.world;
  let stderr = result.stderr;
  let exitCode = result.exitCode;
  for (const w of result.writes ?? []) {
    const written = writeAs(
      world,
      ctx.session.host,
      ctx.session.cwd,
      w.path,
      w.content,
      w.append,
      ctx.user,
      ctx.actor,
    );
    if (written.ok) {
      world = written.world;
      continue;
    }
    const failure = writeError(name, ctx, w, written.error);
    stderr += failure.text;
    exitCode = Math.max(exitCode, failure.code);
    if (failure.stop) break;
  }
  // What the tools print is file content: it must not drive the terminal.
  return { stdout: safeTerminalText(result.stdout), stderr: safeTerminalText(stderr), exitCode, world };
}

function command(
  name: string,
  tool: TextTool,
  summary: string,
  usage: string,
  options: string[],
): CommandSpec {
  return { name, summary, usage, options, run: (ctx) => runTool(ctx, name, tool) };
}

/** The text family, minus the files family's cat/head/tail. */
export const textCommands: readonly CommandSpec[] = [
  command('echo', echo, 'display a line of text (shell builtin)', 'echo [-neE] [ARG]...', ['-n', '-e', '-E']),
  command('printf', printf, 'format and print data (shell builtin)', 'printf FORMAT [ARGUMENT]...', []),
  command('grep', grep, 'print lines that match patterns', 'grep [OPTION]... PATTERNS [FILE]...', [
    '-i',
    '-v',
    '-n',
    '-c',
    '-r',
    '-E',
    '-l',
    '-w',
    '-o',
  ]),
  command(
    'sed',
    sed,
    'stream editor for filtering and transforming text',
    'sed [OPTION]... {script} [FILE]...',
    ['-n', '-i', '-e', '-E'],
  ),
  command('wc', wc, 'print newline, word, and byte counts for each file', 'wc [OPTION]... [FILE]...', [
    '-l',
    '-w',
    '-c',
    '-m',
  ]),
  command('sort', sort, 'sort lines of text files', 'sort [OPTION]... [FILE]...', [
    '-n',
    '-r',
    '-u',
    '-k',
    '-t',
  ]),
  command('uniq', uniq, 'report or omit repeated lines', 'uniq [OPTION]... [INPUT [OUTPUT]]', [
    '-c',
    '-d',
    '-u',
    '-i',
  ]),
  command('cut', cut, 'remove sections from each line of files', 'cut OPTION... [FILE]...', [
    '-d',
    '-f',
    '-c',
    '-b',
  ]),
  command('tr', tr, 'translate or delete characters', 'tr [OPTION]... STRING1 [STRING2]', ['-d', '-s', '-c']),
  command('diff', diff, 'compare files line by line', 'diff [OPTION]... FILES', ['-u', '-q', '-r']),
  command(
    'tee',
    tee,
    'read from standard input and write to standard output and files',
    'tee [OPTION]... [FILE]...',
    ['-a'],
  ),
];
