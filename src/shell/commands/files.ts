import { childNames, resolvePath } from '../../core';
import { canAccess } from '../permissions';
import { type CommandSpec, fail, ok } from '../types';

export const lsCommand: CommandSpec = {
  name: 'ls',
  summary: 'list directory contents',
  usage: 'ls [FILE]...',
  run: ({ state, session, args, user }) => {
    const server = state.world.servers[session.host];
    if (!server) return fail('ls: cannot access host\n', 2);
    const targets = args.filter((a) => !a.startsWith('-'));
    const paths = targets.length ? targets : ['.'];
    let out = '';
    let err = '';
    let code = 0;
    for (const arg of paths) {
      const path = resolvePath(session.cwd, arg);
      const node = server.fs[path];
      if (!node) {
        err += `ls: cannot access '${arg}': No such file or directory\n`;
        code = 2;
      } else if (node.kind === 'file') {
        out += `${arg}\n`;
      } else if (!canAccess(server, node, user, 'r')) {
        err += `ls: cannot open directory '${arg}': Permission denied\n`;
        code = 2;
      } else {
        const names = childNames(Object.keys(server.fs), path).filter((n) => !n.startsWith('.'));
        if (paths.length > 1) out += `${arg}:\n`;
        out += names.length ? `${names.join('  ')}\n` : '';
      }
    }
    return { stdout: out, stderr: err, exitCode: code };
  },
};

export const catCommand: CommandSpec = {
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  usage: 'cat [FILE]...',
  run: ({ state, session, args, user, stdin }) => {
    const server = state.world.servers[session.host];
    if (!server) return fail('cat: host unavailable\n');
    if (args.length === 0) return ok(stdin);
    let out = '';
    let err = '';
    for (const arg of args) {
      const node = server.fs[resolvePath(session.cwd, arg)];
      if (!node) err += `cat: ${arg}: No such file or directory\n`;
      else if (node.kind === 'dir') err += `cat: ${arg}: Is a directory\n`;
      else if (!canAccess(server, node, user, 'r')) err += `cat: ${arg}: Permission denied\n`;
      else out += node.content;
    }
    return { stdout: out, stderr: err, exitCode: err ? 1 : 0 };
  },
};
