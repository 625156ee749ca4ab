import { describe, expect, it } from 'vitest';
import { SUDO_USAGE, splitSudo } from './sudo';

const ok = (user: string, login: boolean, shell: boolean, rest: string[]) => ({
  ok: true,
  user,
  login,
  shell,
  rest,
});
const err = (error: string) => ({ ok: false, error });

describe('splitSudo', () => {
  it.each([
    ['sudo apt install nginx', ok('root', false, false, ['apt', 'install', 'nginx'])],
    ['sudo -u www-data ls -la', ok('www-data', false, false, ['ls', '-la'])],
    ['sudo -uwww-data id', ok('www-data', false, false, ['id'])],
    ['sudo --user=bob id', ok('bob', false, false, ['id'])],
    ['sudo --user bob id', ok('bob', false, false, ['id'])],
    ['sudo -i', ok('root', true, false, [])],
    ['sudo -s', ok('root', false, true, [])],
    ['sudo --login', ok('root', true, false, [])],
    ['sudo -iu bob', ok('bob', true, false, [])],
    ['sudo -i -u bob whoami', ok('bob', true, false, ['whoami'])],
    ['sudo -- -weird', ok('root', false, false, ['-weird'])],
    ['sudo ls -u x', ok('root', false, false, ['ls', '-u', 'x'])],
    ['sudo', err(SUDO_USAGE)],
    ['sudo -u bob', err(SUDO_USAGE)],
    ['sudo -x ls', err("sudo: invalid option -- 'x'")],
    ['sudo -ix ls', err("sudo: invalid option -- 'x'")],
    ['sudo -u', err("sudo: option requires an argument -- 'u'")],
    ['sudo --user', err("sudo: option '--user' requires an argument")],
    ['sudo --frobnicate ls', err("sudo: unrecognized option '--frobnicate'")],
    ['sudo -i -s', err('sudo: you may not specify both the -i and -s options')],
  ])('%s', (line, expected) => {
    expect(splitSudo(line.split(' '))).toEqual(expected);
  });
});
