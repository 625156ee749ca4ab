import { resolvePath } from '../../core';
import { locate } from '../exec/lookup';
import { canAccess } from '../permissions';
import type { CommandRegistry } from '../registry';
import { type CommandContext, type CommandSpec, fail, ok } from '../types';

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
  'command',
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

/** Where bash would find `name` as `user` in `session`: a builtin, a file on the path, or nothing. */
function howRun(ctx: CommandContext, registry: CommandRegistry, name: string): 'builtin' | string | null {
  if (BUILTINS.has(name)) return 'builtin';
  const server = ctx.state.world.servers[ctx.session.host];
  return server ? (locate(registry, server, ctx.session, ctx.user, name, false)[0] ?? null) : null;
}

/** `type NAME`: how bash would run it. */
export function typeCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'type',
    summary: 'describe how a command name would be run (shell builtin)',
    usage: 'type name ...',
    run: (ctx) => {
      let stdout = '';
      let stderr = '';
      for (const name of ctx.args) {
        const how = howRun(ctx, registry, name);
        if (how === 'builtin') stdout += `${name} is a shell builtin\n`;
        else if (how !== null) stdout += `${name} is ${how}\n`;
        else stderr += `bash: type: ${name}: not found\n`;
      }
      return { stdout, stderr, exitCode: stderr ? 1 : 0 };
    },
  };
}

/**
 * `command -v NAME` prints what would run (a builtin's name, a program's path); `command -V NAME` says it
 * as `type` does. `command NAME ARGS` runs NAME, which the dispatcher handles before reaching here.
 */
export function commandCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'command',
    summary: 'run a command, or tell how it would be run with -v / -V (shell builtin)',
    usage: 'command [-pVv] command [arg ...]',
    options: ['-v', '-V', '-p'],
    run: (ctx) => {
      const flags = new Set<string>();
      let i = 0;
      for (; i < ctx.args.length && /^-[pvV]+$/.test(ctx.args[i] ?? ''); i++)
        for (const c of (ctx.args[i] ?? '').slice(1)) flags.add(c);
      const bad = ctx.args[i]?.startsWith('-') && ctx.args[i] !== '--' ? ctx.args[i] : undefined;
      if (bad !== undefined)
        return fail(
          `bash: command: ${bad.slice(0, 2)}: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n`,
          2,
        );
      if (ctx.args[i] === '--') i++;
      const names = ctx.args.slice(i);
      if (!flags.has('v') && !flags.has('V')) return ok('');
      let stdout = '';
      let stderr = '';
      let missing = false;
      for (const name of names) {
        const how = howRun(ctx, registry, name);
        if (how === null) {
          missing = true;
          if (flags.has('V')) stderr += `bash: command: ${name}: not found\n`;
        } else if (flags.has('V'))
          stdout += how === 'builtin' ? `${name} is a shell builtin\n` : `${name} is ${how}\n`;
        else stdout += how === 'builtin' ? `${name}\n` : `${how}\n`;
      }
      return { stdout, stderr, exitCode: missing ? 1 : 0 };
    },
  };
}
