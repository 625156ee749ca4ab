// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell source text is full of literal ${...}
/**
 * Fuzzing the whole shell: 100,000 command lines, most built from a grammar over the registry (every
 * registered command, its own options and verbs, hosts, paths that exist on the fleet, packages, units,
 * quotes, variables, pipes, redirections, `&&`/`||`/`;`, sudo), the rest random text, unicode, control
 * characters and unsupported syntax. Each run types its lines one after another into one shell on a fresh
 * `frotaWorld`, so state threads through (ssh nests, files change, services stop…). No line may throw, the
 * shell's answer must be well formed, and the world must stay schema-valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FsNode, frotaWorld, type Server } from '../core';
import { CATALOG, packageNames } from '../core/packages';
import { validateWorld } from '../core/schema/parse';
import { createShell, type Execution, execute } from './execute';
import { changeProblem } from './fuzzCheck';
import { createRegistry } from './registry';
import type { ShellState } from './types';

const BASE = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
const registry = createRegistry();

/**
 * The executor turns a command's exception into `name: internal error: …` (exit 70) so the page never crashes;
 * the fuzzer must still see it, so every command is re-registered to record what it throws.
 */
const thrown: string[] = [];
for (const spec of registry.all())
  registry.register({
    ...spec,
    run: (ctx) => {
      try {
        return spec.run(ctx);
      } catch (e) {
        thrown.push(
          `${spec.name} ${JSON.stringify(ctx.args)} threw ${e instanceof Error ? e.stack : String(e)}`,
        );
        throw e;
      }
    },
  });

/** Lines per run (a fresh world each run keeps worlds small) and runs: 100 × 1,000 = 100,000 lines. */
const LINES_PER_RUN = 1000;
const RUNS = 100;

const servers = Object.values(BASE.servers);
const unique = (xs: Iterable<string>) => [...new Set(xs)].sort();

const HOSTS = [...BASE.order, 'nope-99', 'root@web-01', 'loja.lab.internal', '10.0.1.11', 'localhost'];
const PATHS = [
  ...unique(servers.flatMap((s) => Object.keys(s.fs))),
  ...['/tmp/fuzz', '/tmp/fuzz/a b', '/nope', '.', '..', '~', '~/notes.txt', 'notes.txt', '-', ''],
  ...['/etc/*.conf', '/var/log/*', '/etc/nginx/sites-*/*', '*', '/etc/[a-c]*', '/etc/nginx/'],
];
const PACKAGES = [
  ...packageNames(),
  ...Object.values(CATALOG).flatMap((p) => p.versions.slice(0, 2).map((v) => `${p.name}=${v.version}`)),
  ...['nope-pkg', 'nginx=9.9', 'ngin*', 'python3*'],
];
const UNITS = unique(servers.flatMap((s) => Object.keys(s.services).flatMap((u) => [u, `${u}.service`])));
const USERS = unique(servers.flatMap((s) => Object.keys(s.users)));
const WORDS = [
  ...["'hello world'", '"a  b"', '"$USER"', 'a\\ b', "'ssl on;'", '"#"', "''", '""', '\\$HOME', "'*'"],
  ...['s/ssl on;/#ssl on;/', "'s/^/# /g'", '1,3p', '/error/d', '-e', 'root', 'error', 'nginx', 'x'],
  ...['0', '1', '5', '-1', '+3', '644', '0755', 'u+x', 'go-w', 'www-data:www-data', 'aluno:', ':adm'],
  ...['-5', '-n', '3', '-k2', '-t:', '-d:', '-f1', '-f1,3', "'[:lower:]'", "'[:upper:]'", '%s\\n'],
  ...['https://loja.lab.internal/', 'http://localhost/', 'http://web-01:8000/health', '-I', '-s', '-o'],
];
const VARS = ['$HOME', '${USER}', '$?', '$PWD', '"$HOME/x"', '$NOPE', '${HOSTNAME}', '~/', '~root', '$0'];
/** Verbs and operands the registry's `options` do not list: subcommands, patterns, modules, formats. */
const VERBS: Record<string, readonly string[]> = {
  systemctl: [
    ...['status', 'start', 'stop', 'restart', 'reload', 'enable', 'disable', 'is-active', 'is-enabled'],
    ...['list-units', 'daemon-reload', '--no-pager', '--type=service', '--failed', 'cat', 'mask'],
  ],
  service: ['status', 'start', 'stop', 'restart', 'reload', '--status-all'],
  apt: [
    ...['update', 'install', 'remove', 'purge', 'upgrade', 'full-upgrade', 'autoremove', 'list', 'show'],
    ...['policy', '--installed', '--upgradable', '-y', '--only-upgrade', '-s', '--no-install-recommends'],
  ],
  'apt-cache': ['policy', 'show', 'madison', 'search', 'depends'],
  'apt-mark': ['hold', 'unhold', 'showhold', 'auto', 'manual'],
  dpkg: ['-l', '-L', '-s', '--list', '-S', '--configure', '-a'],
  ansible: [
    ...['all', 'web', 'prod', 'db', 'lb', 'staging', 'web-01', "'web:!web-02'", '-m', 'shell', 'apt'],
    ...['service', 'ping', 'command', 'copy', '-a', "'uptime'", "'name=nginx state=restarted'", '-b'],
    ...["'name=htop state=present'", "'src=/etc/hosts dest=/tmp/h'", "'cat /etc/nginx/nginx.conf'"],
  ],
  drift: ['--host', '--format', 'terraform', 'ansible', 'puppet', 'inspec', '--diff', '--env', 'prod'],
  converge: ['--check', '--diff', '--limit', '--purge', 'prod', 'web'],
  journalctl: ['-u', '-n', '--no-pager', '-f', '-p', 'err', '-xe', '--since', 'today'],
  ip: ['a', 'addr', 'route', 'link', 'show', 'r'],
  ps: ['aux', '-ef', 'axjf'],
  top: ['-b', '-n', '1', '-bn1'],
  date: ['+%F %T', '-d', '@0', '-u', '-R', '--iso-8601=seconds'],
  nginx: ['-t', '-T', '-v', '-V', '-s', 'reload', '-q'],
  psql: ['-c', "'SELECT 1'", "'select version();'", '-U', 'postgres', '-d', 'loja', '-l', "'\\dt'"],
  needrestart: ['-r', 'a', 'l', '-b', '-k', '-l', '-p', '-q'],
  'loja-manage': ['migrate', 'showmigrations', '--plan', '--check'],
  sudo: ['-i', '-u', 'www-data', '-l', '-s'],
};
const FAKE_COMMANDS = ['foo', 'sl', '/bin/ls', './run.sh', 'vim.tiny', 'git', 'python3', 'ls;', 'LS'];
/** Shell syntax, supported or not (the parser must name what it does not support, never throw). */
const SYNTAX = [
  ...['$(', '$(date)', '`id`', '<<EOF', '<(ls)', '>(cat)', 'for i in 1 2; do echo $i; done', '{ ls; }'],
  ...['((1+1))', '!!', '!-1', '!ls', '^a^b', '&', '|&', '>|', '2>>', '&>', '&&', '||', ';;', '|', '\\'],
  ...['"unclosed', "'unclosed", '${', '${!x}', '${x:-y}', '$((1+2))', '#', '~+', 'x=1', '[[ -f x ]]'],
];
const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** One argument for `name`: its own options and verbs most often, then anything realistic, sometimes junk. */
function argumentOf(name: string): fc.Arbitrary<string> {
  const own = [...(registry.get(name)?.options ?? []), ...(VERBS[name] ?? [])];
  return fc.oneof(
    ...(own.length ? [{ arbitrary: pick(own), weight: 6 }] : []),
    { arbitrary: pick(PATHS), weight: 5 },
    { arbitrary: pick(HOSTS), weight: 2 },
    { arbitrary: pick(PACKAGES), weight: 2 },
    { arbitrary: pick(UNITS), weight: 2 },
    { arbitrary: pick(USERS), weight: 1 },
    { arbitrary: pick(WORDS), weight: 3 },
    { arbitrary: pick(VARS), weight: 1 },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  );
}

/** Built once per command name: building them per generated line would cost more than running the line. */
const argumentsCache = new Map<string, fc.Arbitrary<string[]>>();
function argumentsOf(name: string): fc.Arbitrary<string[]> {
  const cached = argumentsCache.get(name);
  if (cached) return cached;
  const args = fc.array(argumentOf(name), { maxLength: 3 });
  argumentsCache.set(name, args);
  return args;
}

// Every registered command is generated: none is skipped.
const NAMES = registry.names();
const commandName = fc.oneof(
  { arbitrary: pick(NAMES), weight: 12 },
  { arbitrary: pick(['cd', 'ssh', 'exit', 'cat', 'ls', 'sudo -i']), weight: 3 },
  { arbitrary: pick(FAKE_COMMANDS), weight: 1 },
);

const simpleCommand = fc
  .tuple(
    pick([
      '',
      '',
      '',
      '',
      'sudo ',
      'sudo ',
      'sudo -u www-data ',
      'sudo -u postgres ',
      'FOO=bar ',
      'LC_ALL=C ',
    ]),
    commandName,
  )
  .chain(([prefix, name]) =>
    fc
      .tuple(
        argumentsOf(name.split(' ')[0] ?? name),
        fc.oneof(
          { arbitrary: fc.constant(''), weight: 3 },
          pick([' > /tmp/out', ' >> ~/log', ' 2>/dev/null', ' 2>&1', ' < /etc/hosts']),
        ),
      )
      .map(([args, redirect]) => `${prefix}${[name, ...args].join(' ')}${redirect}`),
  );

const grammarLine = fc
  .tuple(
    simpleCommand,
    fc.array(fc.tuple(pick([' | ', ' && ', ' || ', '; ', ' |', '&&']), simpleCommand), { maxLength: 2 }),
    pick(['', '', '', '', '', ' # note', ';', ' ']),
  )
  .map(([first, rest, tail]) => first + rest.map(([sep, cmd]) => sep + cmd).join('') + tail);

/** A grammar line with random text, syntax or control characters spliced in somewhere. */
const mutatedLine = fc
  .tuple(grammarLine, fc.nat(), fc.oneof(pick(SYNTAX), fc.string({ maxLength: 4 }), CONTROL))
  .map(
    ([line, at, insert]) =>
      line.slice(0, at % (line.length + 1)) + insert + line.slice(at % (line.length + 1)),
  );

const commandLine = fc.oneof(
  { arbitrary: grammarLine, weight: 14 },
  { arbitrary: mutatedLine, weight: 3 },
  { arbitrary: fc.array(pick(SYNTAX), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), weight: 1 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: CONTROL, maxLength: 6 }), weight: 1 },
);

/** Types the lines into one shell on a fresh world; throws with the failing line and the ones before it. */
function session(lines: readonly string[]): void {
  let state: ShellState = createShell(BASE);
  lines.forEach((line, i) => {
    const recent = lines.slice(Math.max(0, i - 15), i).join('\n');
    const where = () => `line ${i}: ${JSON.stringify(line)}, typed after:\n${recent}`;
    let ran: Execution;
    thrown.length = 0;
    try {
      ran = execute(state, registry, line);
    } catch (e) {
      throw new Error(`execute threw ${String(e)} at ${where()}`);
    }
    if (thrown.length > 0) throw new Error(`${thrown[0]}\nat ${where()}`);
    const { exitCode, output } = ran;
    if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255 || typeof output !== 'string')
      throw new Error(`malformed result (exit ${exitCode}) at ${where()}`);
    if (ran.state.stack.length === 0) throw new Error(`empty session stack at ${where()}`);
    const problem = changeProblem(state.world, ran.state.world);
    if (problem) throw new Error(`invalid world (${problem}) at ${where()}`);
    state = ran.state;
  });
  const whole = validateWorld(state.world);
  if (!whole.ok)
    throw new Error(
      `invalid world at the end of a run: ${whole.error.message} at ${whole.error.path?.join('.')}`,
    );
}

describe('the shell under fuzzing', () => {
  it('checks every change: a path with a NUL or an unknown server field is caught', () => {
    const web = BASE.servers['web-01'] as Server;
    const file = web.fs['/etc/hosts'] as FsNode;
    const withNul = { ...web, fs: { ...web.fs, '/tmp/a\u0000b': file } };
    expect(changeProblem(BASE, { ...BASE, servers: { ...BASE.servers, 'web-01': withNul } })).toMatch(
      /^web-01 path "\/tmp\/a\\u0000b": /,
    );
    const extra = { ...web, extra: true } as Server;
    expect(changeProblem(BASE, { ...BASE, servers: { ...BASE.servers, 'web-01': extra } })).toBe(
      'web-01: unknown field extra',
    );
  });

  it('drops NUL bytes from a line as bash does, so no path can hold one (found by this fuzzer)', () => {
    const ran = execute(createShell(BASE), registry, 'echo hi >> ~/\u0000log');
    expect(ran.exitCode).toBe(0);
    expect(ran.state.world.servers.bastion?.fs['/home/aluno/log']).toMatchObject({ content: 'hi\n' });
    expect(validateWorld(ran.state.world)).toEqual({ ok: true });
  });

  it('runs 100,000 generated command lines without an exception, leaving a schema-valid world', () => {
    let count = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    fc.assert(
      // Each run draws its lines from a seed: a failure reports that seed (and the line), not 1,000 lines.
      fc.property(fc.noShrink(fc.integer()), (seed) => {
        const lines = fc.sample(commandLine, { seed, numRuns: LINES_PER_RUN });
        session(lines);
        count += lines.length;
      }),
      { numRuns: RUNS },
    );
    // CPU time too: on a loaded machine the wall clock says more about the neighbours than about the shell.
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    const cpuSeconds = (process.cpuUsage(cpu).user / 1e6).toFixed(1);
    console.log(
      `shell fuzz: ${count.toLocaleString('en')} command lines in ${seconds} s (${cpuSeconds} s CPU)`,
    );
    expect(count).toBeGreaterThanOrEqual(100_000);
  }, 600_000);
});
