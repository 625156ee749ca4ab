import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { validateWorld } from '../../../core/schema/parse';
import { newSession } from '../../session';
import type { CommandSpec } from '../../types';
import * as files from './index';
import { freshShell, registry } from './testkit';

const SPECS: CommandSpec[] = Object.values(files).map((v) =>
  typeof v === 'function' ? v(registry) : (v as CommandSpec),
);
const state = freshShell();
const HOSTS = state.world.order;

/** Words a learner might type at these commands: real flags, real paths, and noise. */
const word = fc.oneof(
  fc.constantFrom(
    '-l',
    '-a',
    '-R',
    '-r',
    '-f',
    '-rf',
    '-p',
    '-v',
    '-n',
    '-h',
    '-t',
    '-d',
    '-L',
    '-m',
    '-c',
    '-1',
    '--',
    '-',
    '--help',
    '--version',
    '-name',
    '-type',
    '-maxdepth',
    '-newer',
    '-o',
    '!',
    '(',
    ')',
    '+x',
    'u+x,go-w',
    '755',
    'root:adm',
    ':',
    '/',
    '.',
    '..',
    '~',
    '/etc',
    '/etc/hosts',
    '/etc/shadow',
    '/root',
    '/tmp',
    '/tmp/x',
    'a/b/c',
    '/etc/nginx/nginx.conf',
    '/var/log',
    '*.conf',
    'f',
    'd',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

function unsafe(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 32 && c !== 9 && c !== 10) || (c >= 127 && c < 160);
  });
}

describe('the files family under arbitrary arguments', () => {
  test.prop(
    [
      fc.constantFrom(...SPECS),
      fc.array(word, { maxLength: 6 }),
      fc.constantFrom(...HOSTS),
      fc.constantFrom('aluno', 'root'),
      fc.constantFrom('/', '/home/aluno', '/etc', '/tmp'),
      fc.string({ maxLength: 20 }),
    ],
    { numRuns: 1000 },
  )(
    'never throws, prints no raw control characters, and keeps the world valid',
    (spec, args, host, user, cwd, stdin) => {
      const session = { ...newSession(state, host, 'aluno'), cwd };
      const ctx = {
        state,
        session,
        args,
        stdin,
        user,
        actor: { user, command: `${spec.name} ${args.join(' ')}` },
      };
      const result = spec.run(ctx);
      expect(Number.isInteger(result.exitCode)).toBe(true);
      expect(unsafe(result.stdout) || unsafe(result.stderr)).toBe(false);
      // Validating a whole world is slow; only changed worlds need it.
      if (result.world && result.world !== state.world)
        expect(validateWorld(result.world)).toEqual({ ok: true });
    },
    120_000,
  );
});
