import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSession } from '../session';
import type { CommandContext } from '../types';
import { freshShell, registry } from './files/testkit';

/** The commands of the system, network and text families. */
const COMMANDS = [
  'hostname',
  'whoami',
  'id',
  'su',
  'uname',
  'uptime',
  'ps',
  'top',
  'df',
  'free',
  'ip',
  'ss',
  'env',
  'printenv',
  'date',
  'reboot',
  'clear',
  'man',
  'help',
  'ssh',
  'exit',
  'logout',
  'curl',
  'ping',
  'echo',
  'printf',
  'grep',
  'sed',
  'wc',
  'sort',
  'uniq',
  'cut',
  'tr',
  'diff',
  'tee',
];

const start = freshShell();
const hosts = start.world.order;

const TOKENS = [
  '-',
  '--',
  '-a',
  '-h',
  '-n',
  '-c',
  '-o',
  '-p',
  '-u',
  '-I',
  '-k',
  '-L',
  '-v',
  '-tlnp',
  '-bn1',
  '--help',
  '--version',
  '--date',
  '-d',
  'aux',
  '-ef',
  'a',
  'addr',
  'link',
  'route',
  'show',
  'eth0',
  'lo',
  '+%F',
  '+%',
  '@1',
  'now',
  '0',
  '-1',
  '99999999999',
  'web-01',
  'root@web-01',
  'loja.lab.internal',
  'https://loja.lab.internal/',
  'http://localhost:8000/x',
  'localhost',
  '10.0.1.99',
  '/etc',
  '/nope',
  'hostname',
  'exit',
  "'",
  '"',
  '%{http_code}',
];

const arg = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('system, network and text commands', () => {
  it('never throw, whatever the arguments, host and user', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS),
        fc.array(arg, { maxLength: 6 }),
        fc.constantFrom(...hosts),
        fc.constantFrom('aluno', 'root'),
        fc.string({ maxLength: 20 }),
        (name, args, host, user, stdin) => {
          const spec = registry.get(name);
          if (!spec) return;
          const session = newSession(start, host, 'aluno');
          const state = { ...start, stack: [...start.stack, session] };
          const ctx: CommandContext = { state, session, args, stdin, user, actor: { user, command: name } };
          const result = spec.run(ctx);
          expect(typeof result.stdout).toBe('string');
          expect(typeof result.stderr).toBe('string');
          expect(Number.isInteger(result.exitCode) && result.exitCode >= 0 && result.exitCode <= 255).toBe(
            true,
          );
          if (result.world)
            expect(Object.keys(result.world.servers)).toEqual(Object.keys(start.world.servers));
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);
});
