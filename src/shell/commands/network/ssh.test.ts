import { describe, expect, it } from 'vitest';
import type { Server } from '../../../core';
import { prompt } from '../../session';
import type { ShellState } from '../../types';
import { freshShell, run, withFiles } from '../files/testkit';
import { patchServer } from './testkit';

const start = freshShell();

const powered = (state: ShellState, host: string, change: Partial<Server>) =>
  patchServer(state, host, () => change);

describe('ssh', () => {
  it('logs in with Debian’s banner and nests from host to host', () => {
    const login = run(start, 'ssh web-01');
    expect(login.stdout.split('\n')[0]).toBe(
      'Linux web-01 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64',
    );
    expect(login.stdout).toContain('Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY');
    expect(login.stdout).toMatch(
      /\nLast login: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d 2026 from 10\.0\.0\.10\n$/,
    );
    expect(prompt(login.state, false)).toBe('aluno@web-01:~$ ');
    const nested = run(login.state, 'ssh web-02.lab.internal');
    expect(nested.stdout).toContain('from 10.0.1.11\n');
    expect(prompt(nested.state, false)).toBe('aluno@web-02:~$ ');
    expect(prompt(run(nested.state, 'exit').state, false)).toBe('aluno@web-01:~$ ');
  });

  it('shows the host’s own /etc/motd, made safe for the terminal', () => {
    const motd = withFiles(start, 'web-01', { '/etc/motd': { content: 'Managed by Ansible \u001b[2J\n' } });
    expect(run(motd, 'ssh web-01').stdout).toContain('\nManaged by Ansible ^[[2J\nLast login:');
  });

  it('runs a command on the host and comes back', () => {
    const once = run(start, 'ssh web-01 hostname');
    expect(once).toMatchObject({ stdout: 'web-01\n', exitCode: 0 });
    expect(prompt(once.state, false)).toBe('aluno@bastion:~$ ');
    expect(run(start, "ssh web-01 'whoami; cat /nope'")).toMatchObject({
      stdout: 'aluno\n',
      stderr: 'cat: /nope: No such file or directory\n',
      exitCode: 1,
    });
    expect(run(start, 'ssh web-01 ssh db-01 hostname').stdout).toBe('db-01\n');
  });

  it('changes the remote world through the same permissions, and records who did it', () => {
    const denied = run(start, 'ssh web-01 systemctl stop nginx');
    expect(denied.exitCode).toBe(1);
    const stopped = run(start, 'ssh web-01 sudo systemctl stop nginx');
    expect(stopped.state.world.servers['web-01']?.services.nginx?.active).toBe('inactive');
    const last = stopped.state.world.ledger.chunks.flat().at(-1);
    expect(last).toMatchObject({ host: 'web-01', user: 'root', command: 'sudo systemctl stop nginx' });
  });

  it('stops at exit inside the remote command', () => {
    expect(run(start, "ssh web-01 'exit; hostname'")).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('fails like OpenSSH for unknown, unreachable and refusing hosts', () => {
    expect(run(start, 'ssh web-09')).toMatchObject({
      stderr: 'ssh: Could not resolve hostname web-09: Name or service not known\n',
      exitCode: 255,
    });
    expect(run(powered(start, 'web-02', { power: 'off' }), 'ssh web-02')).toMatchObject({
      stderr: 'ssh: connect to host web-02 port 22: Connection timed out\n',
      exitCode: 255,
    });
    expect(run(powered(start, 'web-02', { reachable: false }), 'ssh web-02').stderr).toContain(
      'Connection timed out',
    );
    expect(run(start, 'ssh web-02 sudo systemctl stop ssh', 'ssh web-02')).toMatchObject({
      stderr: 'ssh: connect to host web-02 port 22: Connection refused\n',
      exitCode: 255,
    });
    expect(run(start, 'ssh -p 2222 web-02').stderr).toBe(
      'ssh: connect to host web-02 port 2222: Connection refused\n',
    );
  });

  it('refuses root and users without the learner’s key', () => {
    expect(run(start, 'ssh root@web-01')).toMatchObject({
      stderr: 'root@web-01: Permission denied (publickey).\n',
      exitCode: 255,
    });
    expect(run(start, 'ssh -l www-data web-01').stderr).toBe(
      'www-data@web-01: Permission denied (publickey).\n',
    );
    expect(run(start, 'sudo -i', 'ssh web-01').stderr).toBe('root@web-01: Permission denied (publickey).\n');
  });

  it('reports bad usage like OpenSSH', () => {
    expect(run(start, 'ssh').stderr.startsWith('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy]')).toBe(true);
    expect(run(start, 'ssh -Z web-01').stderr.split('\n')[0]).toBe('unknown option -- Z');
    expect(run(start, 'ssh -V')).toMatchObject({
      stderr: expect.stringMatching(/^OpenSSH_9\.2p1 Debian/),
      exitCode: 0,
    });
  });
});

describe('exit and logout', () => {
  it('close a session and carry an exit status', () => {
    const back = run(start, 'ssh web-01', 'exit 3');
    expect(back).toMatchObject({ stdout: 'logout\nConnection to web-01 closed.\n', exitCode: 3 });
    expect(run(start, 'sudo -i', 'logout').stdout).toBe('logout\n');
    expect(run({ ...start, locale: 'en' }, 'exit').stdout).toContain('first shell');
    expect(run({ ...start, columns: 40 }, 'exit').stdout.split('\n')).toEqual([
      'logout',
      'Este é o primeiro shell do laboratório:',
      'ele fica aberto. Use ssh HOST para',
      'visitar um servidor.',
      '',
    ]);
    expect(run({ ...start, columns: 120 }, 'exit').stdout).toBe(
      'logout\nEste é o primeiro shell do laboratório: ele fica aberto. Use ssh HOST para visitar um servidor.\n',
    );
    expect(run(start, 'ssh web-01', 'exit x')).toMatchObject({
      stderr: 'bash: exit: x: numeric argument required\n',
      exitCode: 2,
    });
  });
});
