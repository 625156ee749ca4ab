import { describe, expect, it } from 'vitest';
import { evaluateServerHealth, frotaWorld, ledgerEntries } from '../core';
import { createShell, execute } from './execute';
import { createRegistry } from './registry';
import { prompt } from './session';
import type { ShellState } from './types';

const registry = createRegistry();

function run(state: ShellState, ...lines: string[]) {
  let current = state;
  let last = execute(current, registry, '');
  for (const line of lines) {
    last = execute(current, registry, line);
    current = last.state;
  }
  return last;
}

describe('walking-skeleton shell', () => {
  const start = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));

  it('starts as aluno on the bastion', () => {
    expect(prompt(start, false)).toBe('aluno@bastion:~$ ');
    expect(run(start, 'whoami').stdout).toBe('aluno\n');
    expect(run(start, 'hostname').stdout).toBe('bastion\n');
  });

  it('moves between hosts with ssh and exit', () => {
    const inWeb = run(start, 'ssh web-01');
    expect(prompt(inWeb.state, false)).toBe('aluno@web-01:~$ ');
    const back = run(inWeb.state, 'exit');
    expect(back.stdout).toContain('Connection to web-01 closed.');
    expect(prompt(back.state, false)).toBe('aluno@bastion:~$ ');
    expect(run(start, 'ssh nowhere').stderr).toBe(
      'ssh: Could not resolve hostname nowhere: Name or service not known\n',
    );
  });

  it('needs sudo to stop a service, and stopping nginx makes the server unhealthy', () => {
    const denied = run(start, 'ssh web-01', 'systemctl stop nginx');
    expect(denied.exitCode).toBe(1);
    expect(denied.stderr).toContain('Interactive authentication required');
    const stopped = run(start, 'ssh web-01', 'sudo systemctl stop nginx');
    expect(stopped.exitCode).toBe(0);
    const web01 = stopped.state.world.servers['web-01'];
    expect(web01 && evaluateServerHealth(web01).failures).toEqual([
      expect.objectContaining({ code: 'SERVICE_INACTIVE', severity: 'error', params: { unit: 'nginx' } }),
    ]);
    const started = run(stopped.state, 'sudo systemctl start nginx');
    const healed = started.state.world.servers['web-01'];
    expect(healed && evaluateServerHealth(healed).ok).toBe(true);
    expect(ledgerEntries(started.state.world.ledger).map((e) => e.resource)).toEqual([
      'service:nginx',
      'service:nginx',
    ]);
  });

  it('lists and reads files with the real tools’ errors', () => {
    expect(run(start, 'ls /etc').stdout).toContain('hostname');
    expect(run(start, 'cat /etc/hostname').stdout).toBe('bastion\n');
    expect(run(start, 'cat /nope').stderr).toBe('cat: /nope: No such file or directory\n');
    expect(run(start, 'cat /root').stderr).toBe('cat: /root: Is a directory\n');
  });

  it('reports unknown commands like bash', () => {
    const result = run(start, 'frobnicate --now');
    expect(result.stderr).toBe('bash: frobnicate: command not found\n');
    expect(result.exitCode).toBe(127);
  });
});
