/**
 * `nginx -t/-T/-v/-V/-s`: the engine's configuration test with nginx's own lines (on stderr). Without root
 * nginx cannot open its error log, so it says so first and logs the rest to stderr in the error log's format.
 */
import {
  hasAccess,
  nginxConfigTest,
  nginxVersion,
  reloadService,
  type Server,
  startService,
  stopService,
} from '../../../core';
import { includeTargets } from '../../../core/health/nginx/walk';
import { upstreamVersion } from '../../../core/packages';
import { safeTerminalText } from '../../format/safeText';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { stableHash } from '../cli';
import { processTable } from '../system/processes';

const CONF = '/etc/nginx/nginx.conf';
const ALERT =
  'nginx: [alert] could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)';

function help(version: string, debian: boolean): string {
  const prefix = debian ? '/usr/share/nginx/' : '/etc/nginx/';
  return `nginx version: nginx/${version}
Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]
             [-e filename] [-c filename] [-g directives]

Options:
  -?,-h         : this help
  -v            : show version and exit
  -V            : show version and configure options then exit
  -t            : test configuration and exit
  -T            : test configuration, dump it and exit
  -q            : suppress non-error messages during configuration testing
  -s signal     : send signal to a master process: stop, quit, reopen, reload
  -p prefix     : set prefix path (default: ${prefix})
  -e filename   : set error log file (default: /var/log/nginx/error.log)
  -c filename   : set configuration file (default: ${CONF})
  -g directives : set global directives out of configuration file

`;
}

function buildInfo(server: Server, version: string, debian: boolean): string {
  const ssl = upstreamVersion(server.packages.libssl3?.version ?? '3.0.11');
  const args = debian
    ? "--with-cc-opt='-g -O2 -ffile-prefix-map=/build/nginx=. -fstack-protector-strong -Wformat -Werror=format-security -fPIC -Wdate-time -D_FORTIFY_SOURCE=2' --with-ld-opt='-Wl,-z,relro -Wl,-z,now -fPIC' --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --http-log-path=/var/log/nginx/access.log --error-log-path=stderr --lock-path=/var/lock/nginx.lock --pid-path=/run/nginx.pid --modules-path=/usr/lib/nginx/modules --with-compat --with-debug --with-pcre-jit --with-http_ssl_module --with-http_stub_status_module --with-http_realip_module --with-http_auth_request_module --with-http_v2_module --with-http_dav_module --with-http_slice_module --with-threads --with-http_addition_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_sub_module"
    : '--prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/var/run/nginx.pid --lock-path=/var/run/nginx.lock --user=nginx --group=nginx --with-compat --with-file-aio --with-threads --with-http_ssl_module --with-http_stub_status_module --with-http_v2_module --with-http_v3_module --with-stream --with-stream_ssl_module';
  return `nginx version: nginx/${version}\nbuilt with OpenSSL ${ssl}\nTLS SNI support enabled\nconfigure arguments: ${args}\n`;
}

/** The error log's line format, which nginx falls back to on stderr when it cannot open the log. */
function logLine(ctx: CommandContext, level: string, message: string): string {
  const iso = new Date(ctx.state.world.now).toISOString();
  const pid = 2000 + (stableHash(`${ctx.session.host}:${ctx.state.world.now}`) % 20_000);
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)} [${level}] ${pid}#${pid}: ${message}`;
}

/** The lines `nginx -t` prints; without root, what the unprivileged run adds and why it then fails. */
function testLines(ctx: CommandContext, server: Server, quiet: boolean): { lines: string[]; ok: boolean } {
  const result = nginxConfigTest(server);
  const keep = (l: string) => !quiet || !/ (syntax is ok|test is successful)$/.test(l);
  if (ctx.user === 'root') return { lines: result.output.filter(keep), ok: result.ok };
  const lines = [ALERT];
  const conf = server.fs[CONF];
  const userLine =
    conf?.kind === 'file' ? conf.content.split('\n').findIndex((l) => /^\s*user\s/.test(l)) : -1;
  if (userLine >= 0)
    lines.push(
      logLine(
        ctx,
        'warn',
        `the "user" directive makes sense only if the master process runs with super-user privileges, ignored in ${CONF}:${userLine + 1}`,
      ),
    );
  const toLog = (l: string) => {
    const m = /^nginx: \[(\w+)\] (.*)$/.exec(l);
    return m?.[1] && m[2] !== undefined ? logLine(ctx, m[1], m[2]) : l;
  };
  if (!result.ok) return { lines: [...lines, ...result.output.map(toLog)], ok: false };
  // The certificate keys are readable by root and ssl-cert only; then the pid file is root's.
  const keys = (result.config?.servers ?? []).map(
    (s) => s.certificateKey ?? result.config?.http.certificateKey,
  );
  const key = keys.find((k) => {
    const node = k === undefined ? undefined : server.fs[k];
    return node !== undefined && !hasAccess(server, node, ctx.user, 'r');
  });
  const failed = `nginx: configuration file ${CONF} test failed`;
  if (key !== undefined)
    return {
      lines: [
        ...lines,
        logLine(
          ctx,
          'emerg',
          `cannot load certificate key "${key}": BIO_new_file() failed (SSL: error:8000000D:system library::Permission denied:calling fopen(${key}, r) error:10080002:BIO routines::system lib)`,
        ),
        failed,
      ],
      ok: false,
    };
  const warnings = result.output.filter((l) => l.startsWith('nginx: [warn]')).map(toLog);
  const syntax = quiet ? [] : [`nginx: the configuration file ${CONF} syntax is ok`];
  const pid = logLine(ctx, 'emerg', 'open() "/run/nginx.pid" failed (13: Permission denied)');
  return { lines: [...lines, ...warnings, ...syntax, pid, failed], ok: false };
}

/** `nginx -T`: every configuration file in the order nginx read it, each once. */
function dump(server: Server): string {
  const seen: string[] = [];
  const visit = (path: string) => {
    if (seen.includes(path)) return;
    const node = server.fs[path];
    if (node?.kind !== 'file') return;
    seen.push(path);
    for (const m of node.content.matchAll(/^\s*include\s+([^;\s]+)\s*;/gm))
      for (const target of includeTargets(server.fs, m[1] ?? '') ?? []) visit(target);
  };
  visit(CONF);
  return seen
    .map((path) => {
      const node = server.fs[path];
      const text = node?.kind === 'file' ? safeTerminalText(node.content) : '';
      return `# configuration file ${path}:\n${text}${text.endsWith('\n') ? '' : '\n'}\n`;
    })
    .join('');
}

/** The running master's PID, as ps shows it (what /run/nginx.pid holds). */
function masterPid(ctx: CommandContext, server: Server): number {
  return processTable(ctx, server, '').find((p) => p.unit === 'nginx')?.pid ?? 0;
}

function signal(ctx: CommandContext, server: Server, name: string | undefined): CommandResult {
  const err = (lines: string[], exitCode = 1) => ({
    stdout: '',
    stderr: lines.map((l) => `${l}\n`).join(''),
    exitCode,
  });
  if (name === undefined) return err(['nginx: option "-s" requires parameter']);
  if (!['stop', 'quit', 'reopen', 'reload'].includes(name))
    return err([`nginx: invalid option: "-s ${name}"`]);
  const test = testLines(ctx, server, true);
  const running = server.services.nginx?.active === 'active';
  if (ctx.user !== 'root')
    return err([
      ALERT,
      logLine(ctx, 'notice', 'signal process started'),
      logLine(ctx, 'alert', `kill(${masterPid(ctx, server)}, 1) failed (1: Operation not permitted)`),
    ]);
  if (!test.ok) return err(test.lines.filter((l) => !l.endsWith('test failed')));
  if (!running)
    return err([
      logLine(ctx, 'notice', 'signal process started'),
      logLine(ctx, 'error', 'open() "/run/nginx.pid" failed (2: No such file or directory)'),
    ]);
  const notice = `${logLine(ctx, 'notice', 'signal process started')}\n`;
  if (name === 'reopen') return { stdout: '', stderr: notice, exitCode: 0 };
  const apply = name === 'reload' ? reloadService : stopService;
  const { world } = apply(ctx.state.world, ctx.session.host, 'nginx', ctx.actor);
  return { stdout: '', stderr: notice, exitCode: 0, world };
}

function run(ctx: CommandContext): CommandResult {
  const server = ctx.state.world.servers[ctx.session.host];
  const version = server ? nginxVersion(server) : null;
  if (!server || version === null)
    return { stdout: '', stderr: 'bash: nginx: command not found\n', exitCode: 127 };
  const upstream = upstreamVersion(version);
  const debian = version.includes('deb') || !version.includes('~');
  const flags = new Set<string>();
  let sig: string | undefined;
  for (let i = 0; i < ctx.args.length; i++) {
    const arg = ctx.args[i] as string;
    if (!arg.startsWith('-') || arg === '-')
      return { stdout: '', stderr: `nginx: invalid option: "${arg}"\n`, exitCode: 1 };
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j] as string;
      if ('?hvVtTq'.includes(c)) flags.add(c);
      else if ('spceg'.includes(c)) {
        const value = arg.slice(j + 1) || ctx.args[++i];
        if (c === 's') sig = value ?? '';
        if (value === undefined)
          return {
            stdout: '',
            stderr: `nginx: option "-${c}" requires ${c === 's' ? 'parameter' : c === 'g' ? 'parameter' : 'file name'}\n`,
            exitCode: 1,
          };
        break;
      } else return { stdout: '', stderr: `nginx: invalid option: "${arg.slice(j)}"\n`, exitCode: 1 };
    }
  }
  if (flags.has('h') || flags.has('?')) return { stdout: '', stderr: help(upstream, debian), exitCode: 0 };
  if (flags.has('V')) return { stdout: '', stderr: buildInfo(server, upstream, debian), exitCode: 0 };
  if (flags.has('v')) return { stdout: '', stderr: `nginx version: nginx/${upstream}\n`, exitCode: 0 };
  if (flags.has('t') || flags.has('T')) {
    const test = testLines(ctx, server, flags.has('q'));
    const stderr = test.lines.map((l) => `${l}\n`).join('');
    const stdout = flags.has('T') && test.ok ? dump(server) : '';
    return { stdout, stderr, exitCode: test.ok ? 0 : 1 };
  }
  if (sig !== undefined) return signal(ctx, server, sig);
  // Starting a second master by hand: the running one already holds the ports.
  if (ctx.user !== 'root') return { stdout: '', stderr: `${ALERT}\n`, exitCode: 1 };
  if (server.services.nginx?.active === 'active')
    return {
      stdout: '',
      stderr: [80, 443, 80, 443, 80, 443, 80, 443, 80, 443]
        .map((port) => `nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)\n`)
        .concat('nginx: [emerg] still could not bind()\n')
        .join(''),
      exitCode: 1,
    };
  // nginx alone starts a master (it daemonizes silently), after the same checks as -t.
  const test = nginxConfigTest(server);
  if (!test.ok)
    return {
      stdout: '',
      stderr: test.output
        .filter((l) => !l.endsWith('test failed'))
        .map((l) => `${l}\n`)
        .join(''),
      exitCode: 1,
    };
  const { world } = startService(ctx.state.world, ctx.session.host, 'nginx', ctx.actor);
  return { stdout: '', stderr: '', exitCode: 0, world };
}

export const nginxCommand: CommandSpec = {
  name: 'nginx',
  summary: 'test and control the nginx web server',
  usage: 'nginx [-?hvVtTq] [-s signal]',
  options: ['-t', '-T', '-v', '-V', '-q', '-s', '-h'],
  availableOn: (server) => nginxVersion(server) !== null,
  complete: ({ args }) => (args[args.length - 1] === '-s' ? ['stop', 'quit', 'reopen', 'reload'] : []),
  run,
};
