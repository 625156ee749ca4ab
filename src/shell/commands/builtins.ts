import { resolvePath } from '../../core';
import { canAccess } from '../permissions';
import type { CommandRegistry } from '../registry';
import { type CommandSpec, fail, ok } from '../types';

function withSession<T extends { stack: unknown[] }>(stack: T['stack'], replacement: unknown): T['stack'] {
  return [...stack.slice(0, -1), replacement];
}

export const cdCommand: CommandSpec = {
  name: 'cd',
  summary: 'change the working directory (shell builtin)',
  usage: 'cd [dir]',
  run: ({ state, session, args, user }) => {
    const operands = args.filter((a) => a !== '-L' && a !== '-P');
    if (operands.length > 1) return fail('bash: cd: too many arguments\n');
    const arg = operands[0];
    const home = session.env.HOME ?? '/';
    const target = arg === undefined || arg === '' ? home : arg === '-' ? session.env.OLDPWD : arg;
    if (target === undefined) return fail('bash: cd: OLDPWD not set\n');
    const server = state.world.servers[session.host];
    const path = resolvePath(session.cwd, target);
    const node = server?.fs[path];
    if (!server || !node) return fail(`bash: cd: ${target}: No such file or directory\n`);
    if (node.kind !== 'dir') return fail(`bash: cd: ${target}: Not a directory\n`);
    if (!canAccess(server, node, user, 'x')) return fail(`bash: cd: ${target}: Permission denied\n`);
    const next = { ...session, cwd: path, env: { ...session.env, OLDPWD: session.cwd, PWD: path } };
    return {
      stdout: arg === '-' ? `${path}\n` : '',
      stderr: '',
      exitCode: 0,
      stack: withSession(state.stack, next) as typeof state.stack,
    };
  },
};

export const pwdCommand: CommandSpec = {
  name: 'pwd',
  summary: 'print the working directory (shell builtin)',
  usage: 'pwd',
  run: ({ session }) => ok(`${session.cwd}\n`),
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'set environment variables (shell builtin)',
  usage: 'export [name[=value] ...]',
  run: ({ state, session, args }) => {
    const names = args.filter((a) => a !== '-p');
    if (names.length === 0) {
      const lines = Object.keys(session.env)
        .sort()
        .map((k) => `declare -x ${k}="${(session.env[k] ?? '').replace(/(["\\$`])/g, '\\$1')}"`);
      return ok(`${lines.join('\n')}\n`);
    }
    const env = { ...session.env };
    let stderr = '';
    for (const arg of names) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!NAME.test(name)) {
        stderr += `bash: export: \`${arg}': not a valid identifier\n`;
        continue;
      }
      env[name] = eq === -1 ? (env[name] ?? '') : arg.slice(eq + 1);
    }
    return {
      stdout: '',
      stderr,
      exitCode: stderr ? 1 : 0,
      stack: withSession(state.stack, { ...session, env }) as typeof state.stack,
    };
  },
};

export const unsetCommand: CommandSpec = {
  name: 'unset',
  summary: 'remove shell variables (shell builtin)',
  usage: 'unset name ...',
  run: ({ state, session, args }) => {
    const env = { ...session.env };
    for (const name of args) delete env[name];
    return {
      stdout: '',
      stderr: '',
      exitCode: 0,
      stack: withSession(state.stack, { ...session, env }) as typeof state.stack,
    };
  },
};

export const historyCommand: CommandSpec = {
  name: 'history',
  summary: "show this host's command history (shell builtin)",
  usage: 'history [-c] [n]',
  run: ({ state, session, args }) => {
    if (args[0] === '-c')
      return { stdout: '', stderr: '', exitCode: 0, history: { ...state.history, [session.host]: [] } };
    const all = state.history[session.host] ?? [];
    const count = args[0] === undefined ? all.length : Number(args[0]);
    if (!Number.isInteger(count) || count < 0)
      return fail(`bash: history: ${args[0]}: numeric argument required\n`);
    const start = Math.max(0, all.length - count);
    const lines = all.slice(start).map((line, i) => `${String(start + i + 1).padStart(5)}  ${line}`);
    return ok(lines.length ? `${lines.join('\n')}\n` : '');
  },
};

export const trueCommand: CommandSpec = {
  name: 'true',
  summary: 'do nothing, successfully',
  usage: 'true',
  run: () => ok(),
};
export const falseCommand: CommandSpec = {
  name: 'false',
  summary: 'do nothing, unsuccessfully',
  usage: 'false',
  run: () => fail('', 1),
};

const BUILTINS = new Set([
  'cd',
  'pwd',
  'export',
  'unset',
  'history',
  'true',
  'false',
  'exit',
  'logout',
  'echo',
  'printf',
  'type',
  'help',
]);

/** `type NAME`: how bash would run it. */
export function typeCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'type',
    summary: 'describe how a command name would be run (shell builtin)',
    usage: 'type name ...',
    run: ({ args }) => {
      let stdout = '';
      let stderr = '';
      for (const name of args) {
        if (BUILTINS.has(name)) stdout += `${name} is a shell builtin\n`;
        else if (registry.get(name)) stdout += `${name} is /usr/bin/${name}\n`;
        else stderr += `bash: type: ${name}: not found\n`;
      }
      return { stdout, stderr, exitCode: stderr ? 1 : 0 };
    },
  };
}
