import type { CommandRegistry } from '../../registry';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { aliases, isResult, parseOptions, tryHelp } from '../cli';

const ENV_HELP = `Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
Set each NAME to VALUE in the environment and run COMMAND.

Mandatory arguments to long options are mandatory for short options too.
  -i, --ignore-environment  start with an empty environment
  -0, --null           end each output line with NUL, not newline
  -u, --unset=NAME     remove variable from the environment
      --help        display this help and exit
      --version     output version information and exit

A mere - implies -i.  If no COMMAND, print the resulting environment.
`;

/**
 * The environment the command sees: the session's, or sudo's reset one (env_reset) when it runs under
 * sudo as another user.
 */
export function commandEnv(ctx: CommandContext): Record<string, string> {
  const env = ctx.session.env;
  if (ctx.user === ctx.session.user) return env;
  const server = ctx.state.world.servers[ctx.session.host];
  const target = server?.users[ctx.user];
  const invoker = server?.users[ctx.session.user];
  return {
    ...(env.TERM ? { TERM: env.TERM } : {}),
    PATH: env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    MAIL: `/var/mail/${ctx.user}`,
    LOGNAME: ctx.user,
    USER: ctx.user,
    HOME: target?.home ?? `/home/${ctx.user}`,
    SHELL: target?.shell ?? '/bin/bash',
    SUDO_COMMAND: ['/usr/bin/env', ...ctx.args].join(' '),
    SUDO_USER: ctx.session.user,
    SUDO_UID: String(invoker?.uid ?? 1000),
    SUDO_GID: String(invoker?.gid ?? 1000),
  };
}

function listing(env: Record<string, string>, nul: boolean): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}${nul ? '\0' : '\n'}`)
    .join('');
}

/** `env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]`: options stop at the first operand. */
export function envCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'env',
    summary: 'run a program in a modified environment, or print the environment',
    usage: 'env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]',
    options: ['-i', '-u'],
    run: (ctx) => {
      const first = ctx.args.findIndex(
        (a, i) => !a.startsWith('-') && !['-u', '--unset'].includes(ctx.args[i - 1] ?? ''),
      );
      const optionArgs = first === -1 ? ctx.args : ctx.args.slice(0, first);
      const opts = parseOptions('env', optionArgs, {
        short: 'iu:0',
        long: aliases({ 'ignore-environment': 'i', unset: 'u:', null: '0', version: '' }),
        help: ENV_HELP,
        status: 125,
      });
      if (isResult(opts)) return opts;
      if (opts.has('version')) return ok('env (GNU coreutils) 9.1\n');
      let env: Record<string, string> =
        opts.has('i') || opts.operands.includes('-') ? {} : { ...commandEnv(ctx) };
      for (const name of opts.values('u')) delete env[name];
      const rest = first === -1 ? [] : ctx.args.slice(first);
      while (rest[0]?.includes('=')) {
        const pair = rest.shift() as string;
        env = { ...env, [pair.slice(0, pair.indexOf('='))]: pair.slice(pair.indexOf('=') + 1) };
      }
      const [name, ...args] = rest;
      if (name === undefined) return ok(listing(env, opts.has('0')));
      if (opts.has('0')) return fail(`env: cannot specify --null (-0) with command\n${tryHelp('env')}`, 125);
      const spec = registry.get(name);
      if (!spec) return fail(`env: ‘${name}’: No such file or directory\n`, 127);
      return spec.run({ ...ctx, args, session: { ...ctx.session, env } });
    },
  };
}

export const printenvCommand: CommandSpec = {
  name: 'printenv',
  summary: 'print all or part of the environment',
  usage: 'printenv [OPTION]... [VARIABLE]...',
  run: (ctx) => {
    const opts = parseOptions('printenv', ctx.args, {
      short: '0',
      long: aliases({ null: '0', version: '' }),
      help: `Usage: printenv [OPTION]... [VARIABLE]...
Print the values of the specified environment VARIABLE(s).
If no VARIABLE is specified, print name and value pairs for them all.

  -0, --null     end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit
`,
      status: 2,
    });
    if (isResult(opts)) return opts;
    const env = commandEnv(ctx);
    const end = opts.has('0') ? '\0' : '\n';
    if (opts.operands.length === 0) return ok(listing(env, opts.has('0')));
    const found = opts.operands.filter((n) => !n.includes('=') && env[n] !== undefined);
    return {
      stdout: found.map((n) => `${env[n]}${end}`).join(''),
      stderr: '',
      exitCode: found.length === opts.operands.length ? 0 : 1,
    };
  },
};
