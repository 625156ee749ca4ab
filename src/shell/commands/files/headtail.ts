/** `head` and `tail` over the server's files; `tail -f` prints what is there and returns (files never grow mid-command). */
import { head } from '../../text/head';
import { tail } from '../../text/tail';
import type { CommandSpec } from '../../types';
import { runTextTool } from './view';

export const headCommand: CommandSpec = {
  name: 'head',
  summary: 'output the first part of files',
  usage: 'head [OPTION]... [FILE]...',
  options: ['-n', '-c', '-q', '-v', '--help'],
  run: (ctx) => runTextTool(ctx, head),
};

export const tailCommand: CommandSpec = {
  name: 'tail',
  summary: 'output the last part of files',
  usage: 'tail [OPTION]... [FILE]...',
  options: ['-n', '-c', '-f', '-q', '-v', '--help'],
  run: (ctx) => runTextTool(ctx, tail),
};
