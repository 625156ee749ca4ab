/**
 * `psql -c '…'` on a database host, usually as `sudo -u postgres`: peer authentication over the local socket,
 * the meta-commands people type (`\l`, `\dt`, `\conninfo`) and the SQL of ./sql.ts, in psql's aligned format.
 */
import type { Server } from '../../../core';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { runSql, type SqlContext, type Table } from './sql';

const SOCKET = 'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed';
const ROLES = ['postgres', 'loja'];

/** Tables each applied migration creates (Django names them app_model). */
const TABLES: readonly [number, string][] = [
  [2, 'loja_product'],
  [3, 'loja_customer'],
  [4, 'loja_order'],
  [5, 'loja_payment'],
  [6, 'loja_stocklevel'],
  [8, 'loja_coupon'],
  [9, 'loja_session'],
];

interface Flags {
  commands: string[];
  database?: string;
  role?: string;
  host?: string;
  list: boolean;
  tuplesOnly: boolean;
  unaligned: boolean;
}

/** psql's aligned table: centred headers, `-+-` rule, numbers right-aligned, `(N rows)`. */
export function formatTable(
  t: Table,
  flags: Pick<Flags, 'tuplesOnly' | 'unaligned'>,
  title?: string,
): string {
  const footer = t.rows.length === 1 ? '(1 row)' : `(${t.rows.length} rows)`;
  if (flags.unaligned) {
    const rows = t.rows.map((r) => r.join('|'));
    return `${(flags.tuplesOnly ? rows : [t.columns.join('|'), ...rows, footer]).join('\n')}\n`;
  }
  const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const cell = (v: string, i: number, last: boolean) =>
    t.numeric[i] ? v.padStart(widths[i] ?? 0) : last ? v : v.padEnd(widths[i] ?? 0);
  const rows = t.rows.map((r) => ` ${r.map((v, i) => cell(v, i, i === r.length - 1)).join(' | ')}`.trimEnd());
  if (flags.tuplesOnly) return `${rows.join('\n')}\n\n`;
  const header = t.columns.map((c, i) => {
    const pad = (widths[i] ?? 0) - c.length;
    return `${' '.repeat(Math.floor(pad / 2))}${c}${' '.repeat(Math.ceil(pad / 2))}`;
  });
  const rule = widths.map((w) => '-'.repeat(w + 2)).join('+');
  const lines = [` ${header.join(' | ')} `, rule, ...rows, footer];
  if (title) {
    const width = rule.length;
    lines.unshift(`${' '.repeat(Math.max(0, Math.floor((width - title.length) / 2)))}${title}`);
  }
  return `${lines.join('\n')}\n\n`;
}

function databases(server: Server): Table {
  const rows = [
    ...(server.database ? [[server.database.name, 'loja']] : []),
    ['postgres', 'postgres'],
    ['template0', 'postgres'],
    ['template1', 'postgres'],
  ].map(([name = '', owner = '']) => [
    name,
    owner,
    'UTF8',
    'C.UTF-8',
    'C.UTF-8',
    '',
    'libc',
    name.startsWith('template') ? `=c/postgres` : '',
  ]);
  return {
    columns: [
      'Name',
      'Owner',
      'Encoding',
      'Collate',
      'Ctype',
      'ICU Locale',
      'Locale Provider',
      'Access privileges',
    ],
    numeric: new Array(8).fill(false),
    rows,
  };
}

function meta(ctx: SqlContext, server: Server, command: string, flags: Flags): CommandResult {
  const out = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
  const [name] = command.trim().split(/\s+/);
  switch (name) {
    case '\\l':
    case '\\list':
      return out(formatTable(databases(server), flags, 'List of databases'));
    case '\\dt': {
      const level = ctx.database === 'loja' ? (server.database?.schemaVersion ?? 0) : 0;
      const tables = ['django_migrations', ...TABLES.filter(([v]) => v <= level).map(([, t]) => t)].sort();
      if (level === 0) return { stdout: '', stderr: 'Did not find any relations.\n', exitCode: 0 };
      const rows = tables.map((t) => ['public', t, 'table', ctx.database === 'loja' ? 'loja' : 'postgres']);
      return out(
        formatTable(
          { columns: ['Schema', 'Name', 'Type', 'Owner'], numeric: [false, false, false, false], rows },
          flags,
          'List of relations',
        ),
      );
    }
    case '\\conninfo':
      return out(
        `You are connected to database "${ctx.database}" as user "${ctx.user}" via socket in "/var/run/postgresql" at port "5432".\n`,
      );
    case '\\q':
      return out('');
    default:
      return { stdout: '', stderr: `invalid command ${name}\nTry \\? for help.\n`, exitCode: 1 };
  }
}

function parse(args: readonly string[]): Flags | CommandResult {
  const f: Flags = { commands: [], list: false, tuplesOnly: false, unaligned: false };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (long) {
      const key = long[1];
      const value =
        long[2] ?? (['command', 'dbname', 'username', 'host'].includes(key ?? '') ? args[++i] : undefined);
      if (key === 'help')
        return {
          stdout:
            'psql is the PostgreSQL interactive terminal.\n\nUsage:\n  psql [OPTION]... [DBNAME [USERNAME]]\n',
          stderr: '',
          exitCode: 0,
        };
      if (key === 'version') return { stdout: '', stderr: '', exitCode: -1 };
      if (key === 'command' && value !== undefined) f.commands.push(value);
      else if (key === 'dbname') f.database = value;
      else if (key === 'username') f.role = value;
      else if (key === 'host') f.host = value;
      else if (key === 'list') f.list = true;
      else if (!['no-psqlrc', 'quiet', 'tuples-only', 'no-align'].includes(key ?? ''))
        return {
          stdout: '',
          stderr: `psql: error: unrecognized option '${arg}'\npsql: hint: Try "psql --help" for more information.\n`,
          exitCode: 1,
        };
      if (key === 'tuples-only') f.tuplesOnly = true;
      if (key === 'no-align') f.unaligned = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j] as string;
      if ('cdUhp'.includes(c)) {
        const value = arg.slice(j + 1) || args[++i];
        if (value === undefined)
          return {
            stdout: '',
            stderr: `psql: option requires an argument -- '${c}'\npsql: hint: Try "psql --help" for more information.\n`,
            exitCode: 1,
          };
        if (c === 'c') f.commands.push(value);
        if (c === 'd') f.database = value;
        if (c === 'U') f.role = value;
        if (c === 'h') f.host = value;
        break;
      }
      if (c === 'l') f.list = true;
      else if (c === 't') f.tuplesOnly = true;
      else if (c === 'A') f.unaligned = true;
      else if (c === 'V') return { stdout: '', stderr: '', exitCode: -1 };
      else if (!'Xqw'.includes(c))
        return {
          stdout: '',
          stderr: `psql: error: invalid option -- '${c}'\npsql: hint: Try "psql --help" for more information.\n`,
          exitCode: 1,
        };
    }
  }
  f.database ??= positional[0];
  f.role ??= positional[1];
  return f;
}

function connectError(message: string): CommandResult {
  return { stdout: '', stderr: `psql: error: ${message}\n`, exitCode: 2 };
}

function run(ctx: CommandContext): CommandResult {
  const server = ctx.state.world.servers[ctx.session.host];
  const parsed = parse(ctx.args);
  if ('exitCode' in parsed && parsed.exitCode !== -1) return parsed;
  const version = server?.packages['postgresql-client-15']?.version ?? '15.3-0+deb12u1';
  if ('exitCode' in parsed)
    return {
      stdout: `psql (PostgreSQL) ${version.replace(/-.*/, '')} (Debian ${version})\n`,
      stderr: '',
      exitCode: 0,
    };
  if (!server) return connectError(`${SOCKET}: No such file or directory`);
  if (parsed.host !== undefined && parsed.host !== '/var/run/postgresql')
    return connectError(
      `connection to server at "${parsed.host}", port 5432 failed: fe_sendauth: no password supplied`,
    );
  if (server.services['postgresql@15-main']?.active !== 'active')
    return connectError(
      `${SOCKET}: No such file or directory\n\tIs the server running locally and accepting connections on that socket?`,
    );
  const role = parsed.role ?? ctx.user;
  if (!ROLES.includes(role)) return connectError(`${SOCKET}: FATAL:  role "${role}" does not exist`);
  if (role !== ctx.user)
    return connectError(`${SOCKET}: FATAL:  Peer authentication failed for user "${role}"`);
  const database = parsed.database ?? role;
  const known = [server.database?.name, 'postgres', 'template0', 'template1'];
  if (!known.includes(database))
    return connectError(`${SOCKET}: FATAL:  database "${database}" does not exist`);
  if (parsed.list)
    return { stdout: formatTable(databases(server), parsed, 'List of databases'), stderr: '', exitCode: 0 };
  if (parsed.commands.length === 0)
    return {
      stdout: `psql (${version.replace(/-.*/, '')} (Debian ${version}))\nType "help" for help.\n\n`,
      stderr: "psql: the lab has no interactive psql prompt; run one statement with psql -c '...'\n",
      exitCode: 1,
    };
  const sqlCtx: SqlContext = { world: ctx.state.world, host: ctx.session.host, database, user: role };
  let stdout = '';
  for (const command of parsed.commands) {
    if (command.trim().startsWith('\\')) {
      const r = meta(sqlCtx, server, command, parsed);
      stdout += r.stdout;
      if (r.exitCode !== 0 || r.stderr) return { stdout, stderr: r.stderr, exitCode: r.exitCode };
      continue;
    }
    const result = runSql(sqlCtx, command, server.packages['postgresql-15']?.version ?? version);
    if (!result.ok) return { stdout, stderr: `${result.error}\n`, exitCode: 1 };
    stdout += formatTable(result.table, parsed);
  }
  return { stdout, stderr: '', exitCode: 0 };
}

export const psqlCommand: CommandSpec = {
  name: 'psql',
  summary: 'PostgreSQL interactive terminal (one statement with -c)',
  usage: "psql [-d DBNAME] [-U USER] -c 'SQL'",
  options: ['-c', '-d', '-U', '-l', '-t', '-A', '--help'],
  availableOn: (server) => server.packages['postgresql-client-15'] !== undefined,
  complete: () => [],
  run,
};
