import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frotaWorld, type World } from '../../core';
import { createShell, execute } from '../execute';
import { createRegistry } from '../registry';
import type { ShellState } from '../types';

const registry = createRegistry();
const WORLD = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });

/** The lab's Python repository enabled on `host`, as the staging-vs-prod mission's colleague left it. */
function withLabPython(world: World, host: string): World {
  const server = world.servers[host];
  if (!server) throw new Error(`no ${host}`);
  const apt = { ...server.apt, sources: [...server.apt.sources, 'lab-python' as const] };
  return { ...world, servers: { ...world.servers, [host]: { ...server, apt } } };
}

function run(state: ShellState, ...lines: string[]) {
  let last = execute(state, registry, '');
  for (const line of lines) last = execute(last.state, registry, line);
  return last;
}

const onWeb01 = run(createShell(withLabPython(WORLD, 'web-01')), 'ssh web-01').state;

describe('programs installed packages put on disk', () => {
  it('runs an installed python3 and tells its version, before and after an upgrade', () => {
    expect(run(onWeb01, 'python3 --version').stdout).toBe('Python 3.11.2\n');
    const upgraded = run(onWeb01, 'sudo apt install -y python3=3.12.7-1~lab1').state;
    expect(run(upgraded, 'dpkg -l python3').stdout).toContain('ii  python3        3.12.7-1~lab1');
    for (const line of ['python3 --version', 'python3 -V', 'python3.12 --version', '/usr/bin/python3 -V']) {
      const ran = run(upgraded, line);
      expect(ran, line).toMatchObject({ stdout: 'Python 3.12.7\n', stderr: '', exitCode: 0 });
    }
    expect(run(upgraded, 'python3.11 --version').exitCode).toBe(127);
  });

  it('finds installed programs with which, command -v and type, at the package’s path', () => {
    expect(run(onWeb01, 'which python3').stdout).toBe('/usr/bin/python3\n');
    expect(run(onWeb01, 'command -v python3 cd').stdout).toBe('/usr/bin/python3\ncd\n');
    expect(run(onWeb01, 'command -V python3').stdout).toBe('python3 is /usr/bin/python3\n');
    expect(run(onWeb01, 'type python3').stdout).toBe('python3 is /usr/bin/python3\n');
    expect(run(onWeb01, 'command python3 --version').stdout).toBe('Python 3.11.2\n');
  });

  it('keeps "command not found" for a program whose package is not installed, and again once removed', () => {
    expect(run(onWeb01, 'htop')).toMatchObject({ stderr: 'bash: htop: command not found\n', exitCode: 127 });
    expect(run(onWeb01, 'which htop')).toMatchObject({ stdout: '', exitCode: 1 });
    expect(run(onWeb01, 'type htop').stderr).toBe('bash: type: htop: not found\n');
    expect(run(onWeb01, 'command -v htop')).toMatchObject({ stdout: '', exitCode: 1 });
    const installed = run(onWeb01, 'sudo apt install -y htop').state;
    expect(run(installed, 'which htop').stdout).toBe('/usr/bin/htop\n');
    expect(run(installed, 'htop --version').stdout).toBe('htop 3.2.2\n');
    expect(run(installed, 'htop -V').stdout).toBe('htop 3.2.2\n');
    const removed = run(installed, 'sudo apt remove -y htop').state;
    expect(run(removed, 'htop').stderr).toBe('bash: htop: command not found\n');
  });

  it('says plainly, in one line on stderr, that it does not simulate what it cannot run', () => {
    const installed = run(onWeb01, 'sudo apt install -y htop').state;
    expect(run(installed, 'htop')).toMatchObject({
      stdout: '',
      stderr: 'htop: this lab does not simulate htop (installed: htop 3.2.2-2)\n',
      exitCode: 1,
    });
    expect(run(onWeb01, "python3 -c 'print(1)'").stderr).toBe(
      'python3: this lab does not simulate python3 (installed: python3 3.11.2-1+b1)\n',
    );
    expect(run(installed, 'sudo htop').exitCode).toBe(1);
  });

  it('prints other programs’ versions as Debian’s builds do', () => {
    const tools = run(onWeb01, 'sudo apt install -y git rsync').state;
    expect(run(tools, 'git --version').stdout).toBe('git version 2.39.5\n');
    expect(run(tools, 'rsync --version').stdout).toMatch(
      /^rsync {2}version 3\.2\.7 {2}protocol version 31\n/,
    );
    expect(run(tools, 'bash --version').stdout).toMatch(/^GNU bash, version 5\.2\.15\(1\)-release /);
    expect(run(tools, 'openssl version').stdout).toMatch(
      /^OpenSSL 3\.0\.\d+ .+ \(Library: OpenSSL 3\.0\.\d+ /,
    );
  });

  it('runs them through ansible’s shell and command modules too', () => {
    const fromBastion = createShell(WORLD);
    const ran = run(fromBastion, "ansible web -m shell -a 'python3 --version'");
    expect(ran.exitCode).toBe(0);
    expect(ran.stdout).toContain('web-01 | CHANGED | rc=0 >>\nPython 3.11.2\n');
    const htop = run(fromBastion, "ansible web-01 -m command -a 'htop'");
    expect(htop.stdout).toContain('rc=127');
  });

  it('never throws, and running a name fails with 127 exactly when which does not find it', () => {
    const names = ['python3', 'python3.11', 'python3.12', 'htop', 'git', 'rsync', 'openssl', 'bash', 'scp'];
    const setup = ['', 'sudo apt install -y htop git', 'sudo apt install -y python3=3.12.7-1~lab1'];
    const word = fc.oneof(
      fc.constantFrom(...names, 'nope', '/usr/bin/htop', './python3', '/usr/bin/python3'),
      fc
        .string({ maxLength: 8 })
        .filter((s) => !/[\s;&|<>()$`'"\\*?[\]{}#~=!]/.test(s) && s !== '' && !s.startsWith('-')),
    );
    const args = fc.array(fc.constantFrom('--version', '-V', 'version', '-c', 'x', '--help'), {
      maxLength: 2,
    });
    const ready = setup.map((line) => (line ? run(onWeb01, line).state : onWeb01));
    fc.assert(
      fc.property(fc.nat({ max: setup.length - 1 }), fc.boolean(), word, args, (i, sudo, name, rest) => {
        const state = ready[i] as ShellState;
        const line = `${sudo ? 'sudo ' : ''}${[name, ...rest].join(' ')}`;
        const ran = run(state, line);
        expect(typeof ran.exitCode).toBe('number');
        if (registry.get(name) || name.includes('/')) return;
        const found = run(state, `${sudo ? 'sudo ' : ''}which ${name}`).exitCode === 0;
        expect(ran.exitCode === 127, line).toBe(!found);
        if (ran.exitCode === 1) expect(ran.stderr.split('\n')).toHaveLength(2);
      }),
      { numRuns: 400 },
    );
  });
});
