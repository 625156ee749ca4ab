import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../../core';
import { createShell, execute } from '../execute';
import { createRegistry } from '../registry';
import { prompt } from '../session';
import type { ShellState } from '../types';

const registry = createRegistry();
const start = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));

function run(state: ShellState, ...lines: string[]) {
  let current = state;
  let last = execute(current, registry, '');
  for (const line of lines) {
    last = execute(current, registry, line);
    current = last.state;
  }
  return last;
}

describe('executor', () => {
  it('chains with ; && || and keeps $?', () => {
    expect(run(start, 'false && hostname || whoami').output).toBe('aluno\n');
    expect(run(start, 'cat /nope; hostname').output).toBe('cat: /nope: No such file or directory\nbastion\n');
    expect(run(start, 'false', 'export X=$?', 'cat /nope').exitCode).toBe(1);
    const status = run(start, 'cat /nope', 'export CODE=$?', 'export');
    expect(status.output).toContain('declare -x CODE="1"');
  });

  it('pipes stdout into the next command', () => {
    expect(run(start, 'cat /etc/hostname | cat').output).toBe('bastion\n');
  });

  it('redirects output into files, with the shell user’s permissions', () => {
    const wrote = run(start, 'hostname > notes.txt', 'whoami >> notes.txt', 'cat notes.txt');
    expect(wrote.output).toBe('bastion\naluno\n');
    // The redirection is done by aluno's shell, not by sudo: the classic trap.
    const denied = run(start, 'sudo hostname > /etc/motd');
    expect(denied.stderr).toBe('bash: /etc/motd: Permission denied\n');
    expect(run(start, 'cat < /etc/hostname').output).toBe('bastion\n');
    expect(run(start, 'cat < /missing').stderr).toBe('bash: /missing: No such file or directory\n');
    expect(run(start, 'cat /nope 2> err.txt', 'cat err.txt').output).toBe(
      'cat: /nope: No such file or directory\n',
    );
    expect(run(start, 'cat /nope /etc/hostname > all.txt 2>&1', 'cat all.txt').output).toBe(
      'bastion\ncat: /nope: No such file or directory\n',
    );
    expect(run(start, 'cat /nope 2>/dev/null').output).toBe('');
  });

  it('expands variables, ~ and globs', () => {
    expect(run(start, 'cat ~/.profile').output).toContain('.bashrc');
    expect(run(start, 'NAME=/etc/hostname', 'cat $NAME').output).toBe('bastion\n');
    expect(run(start, 'cd /etc/ssh', 'cat sshd_*').output).toContain('PermitRootLogin no');
  });

  it('changes directory like bash, and the prompt follows', () => {
    const moved = run(start, 'cd /var/log');
    expect(prompt(moved.state, false)).toBe('aluno@bastion:/var/log$ ');
    expect(run(moved.state, 'cd -').output).toBe('/home/aluno\n');
    expect(run(start, 'cd /etc/hostname').stderr).toBe('bash: cd: /etc/hostname: Not a directory\n');
    expect(run(start, 'cd /root').stderr).toBe('bash: cd: /root: Permission denied\n');
    expect(prompt(run(start, 'cd /tmp', 'cd').state, false)).toBe('aluno@bastion:~$ ');
  });

  it('gives a root shell with sudo -i until exit', () => {
    const root = run(start, 'sudo -i');
    expect(prompt(root.state, false)).toBe('root@bastion:~# ');
    expect(run(root.state, 'whoami').output).toBe('root\n');
    expect(prompt(run(root.state, 'exit').state, false)).toBe('aluno@bastion:~$ ');
  });

  it('keeps a history per host, with !! expansion', () => {
    const state = run(start, 'hostname', 'ssh web-01', 'whoami', 'history').state;
    expect(run(state, 'history').output).toBe('    1  whoami\n    2  history\n');
    const back = run(state, 'exit');
    expect(run(back.state, 'history').output).toContain('    2  ssh web-01');
    const again = run(start, 'cat /etc/shadow', 'sudo !!');
    expect(again.output.split('\n')[0]).toBe('sudo cat /etc/shadow');
    expect(again.exitCode).toBe(0);
  });

  it('reports syntax errors and unsupported syntax without running anything', () => {
    expect(run(start, 'ls |').output).toBe('bash: syntax error: unexpected end of file\n');
    expect(run(start, 'echo $(whoami)').exitCode).toBe(2);
    expect(run(start, "cat 'unterminated").stderr).toContain('unexpected EOF');
  });

  it('refuses sudo to users outside the sudo group and reports unknown commands', () => {
    expect(run(start, 'sudo -u nobody whoami').stderr).toContain('sudo: unknown user nobody');
    expect(run(start, 'sudo frob').stderr).toBe('sudo: frob: command not found\n');
  });
});
