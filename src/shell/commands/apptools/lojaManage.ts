/**
 * `loja-manage migrate [[loja] N|zero]` and `showmigrations` on a web host: the shop's Django-style management
 * command. It migrates the environment's database through the engine's `migrateSchema`, to the schema the
 * installed release ships unless a target is named.
 */
import {
  databaseHostOf,
  hasAccess,
  LOJA_INI,
  migrateSchema,
  migrationName,
  type Server,
} from '../../../core';
import { getVersion } from '../../../core/packages';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';

const HELP = `
Type 'loja-manage help <subcommand>' for help on a specific subcommand.

Available subcommands:

[loja]
    migrate
    showmigrations
`;

function shipped(server: Server): number {
  const version = server.packages.loja?.version;
  return (version === undefined ? undefined : getVersion('loja', version)?.app?.schemaVersion) ?? 0;
}

function python(error: string): CommandResult {
  return {
    stdout: '',
    stderr: `Traceback (most recent call last):\n  File "/usr/bin/loja-manage", line 8, in <module>\n    sys.exit(main())\n${error}\n`,
    exitCode: 1,
  };
}

function target(args: readonly string[], fallback: number): number | string {
  const rest = args[0] === 'loja' ? args.slice(1) : args;
  const [spec] = rest;
  if (args[0] !== undefined && args[0] !== 'loja' && !/^\d+$/.test(args[0]))
    return `CommandError: No installed app with label '${args[0]}'.`;
  if (spec === undefined) return fallback;
  if (spec === 'zero') return 0;
  const m = /^(\d+)/.exec(spec);
  return m ? Number(m[1]) : `CommandError: Cannot find a migration matching '${spec}' from app 'loja'.`;
}

function unreachable(ctx: CommandContext, db: string): CommandResult {
  const ip = ctx.state.world.servers[db]?.ip ?? '0.0.0.0';
  return {
    stdout: '',
    stderr: `django.db.utils.OperationalError: connection to server at "${db}.lab.internal" (${ip}), port 5432 failed: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?\n`,
    exitCode: 1,
  };
}

function run(ctx: CommandContext): CommandResult {
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const [sub, ...args] = ctx.args;
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h')
    return { stdout: HELP, stderr: '', exitCode: 0 };
  if (sub !== 'migrate' && sub !== 'showmigrations')
    return {
      stdout: '',
      stderr: `Unknown command: '${sub}'\nType 'loja-manage help' for usage.\n`,
      exitCode: 1,
    };
  const ini = server.fs[LOJA_INI];
  if (ini && !hasAccess(server, ini, ctx.user, 'r'))
    return python(`PermissionError: [Errno 13] Permission denied: '${LOJA_INI}'`);
  const db = databaseHostOf(ctx.state.world, ctx.session.host);
  if (db === undefined) {
    const name = ctx.state.world.envVars[server.env]?.db_host ?? 'localhost';
    return python(
      `django.db.utils.OperationalError: could not translate host name "${name}" to address: Name or service not known`,
    );
  }
  const dbServer = ctx.state.world.servers[db];
  if (!dbServer?.reachable || dbServer.power === 'off') return unreachable(ctx, db);
  const known = shipped(server);
  if (sub === 'showmigrations') {
    const level = dbServer.database?.schemaVersion ?? 0;
    const lines = ['loja'];
    for (let v = 1; v <= known; v++) lines.push(` [${v <= level ? 'X' : ' '}] ${migrationName(v)}`);
    return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 };
  }
  const to = target(args, known);
  if (typeof to === 'string') return { stdout: '', stderr: `${to}\n`, exitCode: 1 };
  if (to > known)
    return {
      stdout: '',
      stderr: `CommandError: Cannot find a migration matching '${String(to).padStart(4, '0')}' from app 'loja'.\n`,
      exitCode: 1,
    };
  const { world, outcome } = migrateSchema(ctx.state.world, db, to, ctx.actor);
  if (!('stdout' in outcome)) return unreachable(ctx, db);
  return { stdout: outcome.stdout, stderr: outcome.stderr, exitCode: outcome.exitCode, world };
}

export const lojaManageCommand: CommandSpec = {
  name: 'loja-manage',
  summary: "the shop's management command (database migrations)",
  usage: 'loja-manage migrate [[loja] MIGRATION|zero] | showmigrations',
  availableOn: (server) => server.packages.loja !== undefined,
  complete: ({ args }) => (args.length === 0 ? ['migrate', 'showmigrations', 'help'] : []),
  run,
};
