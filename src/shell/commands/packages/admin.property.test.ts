import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../core/schema/world';
import { newSession } from '../../session';
import type { CommandContext } from '../../types';
import { freshShell, registry } from '../files/testkit';

/** The packages, services and application-tools families. */
const COMMANDS = [
  'apt',
  'apt-get',
  'apt-cache',
  'apt-mark',
  'dpkg',
  'dpkg-query',
  'systemctl',
  'service',
  'journalctl',
  'nginx',
  'needrestart',
  'psql',
  'loja-manage',
];

const TOKENS = [
  'install',
  'remove',
  'purge',
  'autoremove',
  'update',
  'upgrade',
  'full-upgrade',
  'dist-upgrade',
  'list',
  'search',
  'show',
  'policy',
  'madison',
  'depends',
  'rdepends',
  'hold',
  'unhold',
  'showhold',
  'status',
  'start',
  'stop',
  'restart',
  'reload',
  'enable',
  'disable',
  'is-active',
  'is-enabled',
  'list-units',
  'list-unit-files',
  'show',
  'cat',
  'migrate',
  'showmigrations',
  'nginx',
  'nginx=1.26.2-1~bookworm',
  'nginx/bookworm',
  'htop',
  'libssl3',
  'loja',
  'loja=3.0.0',
  'postgresql@15-main',
  'ssh.service',
  '-y',
  '-t',
  'bookworm-backports',
  '--only-upgrade',
  '--installed',
  '--upgradable',
  '-a',
  '-l',
  '-L',
  '-s',
  '-S',
  '-W',
  '-f',
  '-u',
  '-n',
  '-p',
  'err',
  '-x',
  '-e',
  '--since',
  'today',
  '-r',
  'l',
  '-b',
  '-c',
  'SELECT * FROM django_migrations',
  'SELECT version();',
  '\\dt',
  '-d',
  '--configure',
  '--now',
  '--state=failed',
  '--help',
  '--version',
  '-T',
  '-V',
  '0007',
  'zero',
  '*',
  '',
  '--',
  '-',
];

const arg = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const start = freshShell();
const hosts = start.world.order;

describe('packages, services and application tools', () => {
  it('never throw and keep every server valid, whatever the arguments, host and user', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS),
        fc.array(arg, { maxLength: 5 }),
        fc.constantFrom(...hosts),
        fc.constantFrom('aluno', 'root', 'postgres'),
        (name, args, host, user) => {
          const spec = registry.get(name);
          if (!spec) return;
          const session = newSession(start, host, 'aluno');
          const state = { ...start, stack: [...start.stack, session] };
          const ctx: CommandContext = {
            state,
            session,
            args,
            stdin: '',
            user,
            actor: { user, command: name },
          };
          const result = spec.run(ctx);
          expect(typeof result.stdout).toBe('string');
          expect(typeof result.stderr).toBe('string');
          expect(Number.isInteger(result.exitCode) && result.exitCode >= 0 && result.exitCode <= 255).toBe(
            true,
          );
          if (result.world) {
            expect(Object.keys(result.world.servers)).toEqual(Object.keys(start.world.servers));
            expect(serverSchema.safeParse(result.world.servers[host]).success).toBe(true);
          }
        },
      ),
      { numRuns: 2500 },
    );
  }, 120_000);
});
