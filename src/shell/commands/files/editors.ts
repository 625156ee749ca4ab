/**
 * `nano`, `vim` and `vi` open the editor pane (an effect the UI renders) on a file the user can read, or
 * can create. A readable file the user cannot write still opens, as on a real server: saving is what fails.
 */
import { dirname, mayWrite, resolvePath } from '../../../core';
import { canAccess } from '../../permissions';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { blockedOnTheWay, hostOf } from './access';
import { HELP } from './help';

type Editor = 'nano' | 'vim' | 'vi';

type Problem = 'no-dir' | 'not-dir' | 'denied' | 'is-dir' | 'cannot-create';

/** What each editor says when it cannot open the file, in its own status-line wording. */
function message(editor: Editor, problem: Problem, arg: string, path: string): string {
  if (editor === 'nano') {
    switch (problem) {
      case 'no-dir':
        return `[ Directory '${dirname(path)}' does not exist ]`;
      case 'not-dir':
        return `[ Error reading ${path}: Not a directory ]`;
      case 'denied':
        return `[ Error reading ${path}: Permission denied ]`;
      case 'is-dir':
        return `[ "${arg}" is a directory ]`;
      case 'cannot-create':
        return `[ Error writing ${path}: Permission denied ]`;
    }
  }
  switch (problem) {
    case 'is-dir':
      return `"${arg}" is a directory`;
    case 'denied':
      return `"${arg}" [Permission Denied]`;
    default:
      return `"${arg}" E212: Can't open file for writing`;
  }
}

function problemWith(ctx: CommandContext, path: string): Problem | null {
  const server = hostOf(ctx);
  if (!server) return 'no-dir';
  const blocked = blockedOnTheWay(server, path, ctx.user);
  if (blocked === 'ENOENT') return 'no-dir';
  if (blocked === 'ENOTDIR') return 'not-dir';
  if (blocked) return 'denied';
  const node = server.fs[path];
  if (node?.kind === 'dir') return 'is-dir';
  if (node) return canAccess(server, node, ctx.user, 'r') ? null : 'denied';
  return mayWrite(server, path, ctx.user) ? null : 'cannot-create';
}

const VERSION: Record<Editor, string> = {
  nano: ' GNU nano, version 7.2\n (C) 2023 the Free Software Foundation and various contributors\n',
  vim: 'VIM - Vi IMproved 9.0 (2022 Jun 28, compiled May 04 2023 10:24:44)\n',
  vi: 'VIM - Vi IMproved 9.0 (2022 Jun 28, compiled May 04 2023 10:24:44)\n',
};

function openEditor(editor: Editor, ctx: CommandContext): CommandResult {
  const args = ctx.args;
  if (args.includes('--help') || args.includes('-h'))
    return { stdout: editor === 'nano' ? HELP.nano : HELP.vim, stderr: '', exitCode: 0 };
  if (args.includes('--version') || (editor === 'nano' && args.includes('-V')))
    return { stdout: VERSION[editor], stderr: '', exitCode: 0 };
  // Display options (-l, +LINE, -R...) do not change which file opens; the first plain word is the file.
  const dashDash = args.indexOf('--');
  const file = dashDash >= 0 ? args[dashDash + 1] : args.find((a) => !/^[-+]./.test(a));
  const base = {
    kind: 'open-editor' as const,
    host: ctx.session.host,
    user: ctx.user,
    editor,
    command: ctx.actor.command,
  };
  if (file === undefined || file === '')
    return { stdout: '', stderr: '', exitCode: 0, effects: [{ ...base, path: '' }] };
  const path = resolvePath(ctx.session.cwd, file);
  const problem = problemWith(ctx, path);
  if (problem) return { stdout: '', stderr: `${message(editor, problem, file, path)}\n`, exitCode: 1 };
  return { stdout: '', stderr: '', exitCode: 0, effects: [{ ...base, path }] };
}

const hasVim = (packages: Record<string, unknown>) => 'vim' in packages || 'vim-tiny' in packages;

export const nanoCommand: CommandSpec = {
  name: 'nano',
  summary: "Nano's ANOther editor, inspired by Pico (opens the editor pane)",
  usage: 'nano [OPTIONS] [[+LINE[,COLUMN]] FILE]',
  availableOn: (server) => 'nano' in server.packages,
  run: (ctx) => openEditor('nano', ctx),
};

export const vimCommand: CommandSpec = {
  name: 'vim',
  summary: "Vi IMproved, a programmer's text editor (opens the editor pane)",
  usage: 'vim [arguments] [file ..]',
  availableOn: (server) => hasVim(server.packages),
  run: (ctx) => openEditor('vim', ctx),
};

export const viCommand: CommandSpec = {
  name: 'vi',
  summary: "Vi IMproved, a programmer's text editor (opens the editor pane)",
  usage: 'vi [arguments] [file ..]',
  availableOn: (server) => hasVim(server.packages),
  run: (ctx) => openEditor('vi', ctx),
};
