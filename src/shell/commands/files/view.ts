/**
 * Commands that show a file: `cat` (GNU cat's formatting from the text tools), and the pagers `less` and
 * `more`, which print the file as if the learner had quit at once. File contents go through
 * safeTerminalText so their bytes cannot drive the terminal (and index.ts makes every stream safe).
 */
import { safeTerminalText } from '../../format/safeText';
import { cat } from '../../text/cat';
import { ERRNO_TEXT, type ReadResult } from '../../text/io';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { hostOf } from './access';
import { HELP } from './help';
import { isResult, Output, parseOptions } from './options';
import { serverTextIO } from './textio';

/** Runs a GNU text tool over the session's host as the command's user, with its output made safe. */
export function runTextTool(
  ctx: CommandContext,
  tool: (
    args: string[],
    io: ReturnType<typeof serverTextIO>,
  ) => { stdout: string; stderr: string; exitCode: number },
): CommandResult {
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const result = tool(ctx.args, serverTextIO(server, ctx.session.cwd, ctx.user, ctx.stdin));
  return {
    stdout: safeTerminalText(result.stdout),
    stderr: safeTerminalText(result.stderr),
    exitCode: result.exitCode,
  };
}

export const catCommand: CommandSpec = {
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  usage: 'cat [OPTION]... [FILE]...',
  options: ['-n', '-b', '-A', '-E', '-T', '-v', '-s', '--help'],
  run: (ctx) => runTextTool(ctx, cat),
};

/**
 * What a pager quit at once leaves on screen: its operands one by one (`each` says how), or the pipe when
 * there are none, or `usage` when there is neither.
 */
function page(
  ctx: CommandContext,
  files: readonly string[],
  usage: CommandResult,
  tidy: (text: string) => string,
  each: (file: string, read: ReadResult, out: Output) => void,
): CommandResult {
  if (files.length === 0)
    return ctx.stdin === '' ? usage : { stdout: tidy(ctx.stdin), stderr: '', exitCode: 0 };
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const io = serverTextIO(server, ctx.session.cwd, ctx.user, ctx.stdin);
  const out = new Output();
  for (const file of files) each(file, io.readFile(file), out);
  return out.result();
}

/** less on a terminal shows the file and, once quit, leaves it on screen (as with `less -X`). */
function runLess(ctx: CommandContext): CommandResult {
  if (ctx.args.includes('--help')) return { stdout: HELP.less, stderr: '', exitCode: 0 };
  if (ctx.args.includes('--version') || ctx.args.includes('-V'))
    return {
      stdout: 'less 590 (GNU regular expressions)\nCopyright (C) 1984-2021  Mark Nudelman\n',
      stderr: '',
      exitCode: 0,
    };
  // less has dozens of display options (-N, -S, +G...); none changes what a quit-at-once pager leaves.
  const files = ctx.args.filter((a) => !/^[-+]./.test(a));
  const usage = { stdout: '', stderr: 'Missing filename ("less --help" for help)\n', exitCode: 1 };
  return page(ctx, files, usage, safeTerminalText, (file, read, out) => {
    if (read.ok) out.out(safeTerminalText(read.content));
    else if (read.error === 'EISDIR') out.error(`${file} is a directory\n`, 0);
    else out.error(`${file}: ${ERRNO_TEXT[read.error]}\n`, 0);
  });
}

export const lessCommand: CommandSpec = {
  name: 'less',
  summary: 'opposite of more (a pager; here it prints the file and returns)',
  usage: 'less [options] [file]...',
  run: runLess,
};

const MORE_LONG = [
  { name: 'silent', key: 'd' },
  { name: 'logical', key: 'f' },
  { name: 'no-pause', key: 'l' },
  { name: 'print-over', key: 'c' },
  { name: 'clean-print', key: 'p' },
  { name: 'exit-on-eof', key: 'e' },
  { name: 'squeeze', key: 's' },
  { name: 'plain', key: 'u' },
  { name: 'lines', arg: 'required', key: 'n' },
] as const;

function squeeze(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n');
}

/** util-linux more: a `::::` header per file when there are several, `*** d: directory ***` for directories. */
function runMore(ctx: CommandContext): CommandResult {
  const args = ctx.args.filter((a) => !/^(\+|-\d)/.test(a));
  const parsed = parseOptions(
    args.map((a) => (a === '-h' ? '--help' : a === '-V' ? '--version' : a)),
    {
      prog: 'more',
      short: 'dflcpesun:',
      long: MORE_LONG,
      help: HELP.more,
      version: 'more from util-linux 2.38.1\n',
    },
  );
  if (isResult(parsed)) return parsed;
  const files = parsed.operands;
  const tidy = (text: string) => safeTerminalText(parsed.has('s') ? squeeze(text) : text);
  const usage = {
    stdout: '',
    stderr: "more: bad usage\nTry 'more --help' for more information.\n",
    exitCode: 1,
  };
  return page(ctx, files, usage, tidy, (file, read, out) => {
    const header = files.length > 1 ? `::::::::::::::\n${file}\n::::::::::::::\n` : '';
    if (read.ok) out.out(`${header}${tidy(read.content)}`);
    else if (read.error === 'EISDIR') out.out(`\n*** ${file}: directory ***\n\n`);
    else out.error(`more: cannot open ${file}: ${ERRNO_TEXT[read.error]}\n`, 0);
  });
}

export const moreCommand: CommandSpec = {
  name: 'more',
  summary: 'file perusal filter for crt viewing (prints the file and returns)',
  usage: 'more [options] <file>...',
  run: runMore,
};
