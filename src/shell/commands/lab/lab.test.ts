import { describe, expect, it } from 'vitest';
import { frotaWorld, serverDrift } from '../../../core';
import { createShell, execute } from '../../execute';
import { createRegistry } from '../../registry';
import type { ShellState } from '../../types';

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

const HOTFIX = ['ssh web-02', "sudo sed -i 's/timeout = 30/timeout = 120/' /etc/loja/loja.ini", 'exit'];

describe('drift', () => {
  it('reports a fresh fleet in sync with exit 0', () => {
    const clean = run(start, 'drift');
    expect(clean.exitCode).toBe(0);
    expect(clean.output).toMatch(
      /Found 0 drifted resource\(s\) on 0 of 8 server\(s\)\. Fleet coverage: 100%/,
    );
  });

  it('shows a hotfix as MODIFIED with its properties, a diff on request, and exit 2', () => {
    const drifted = run(start, ...HOTFIX, 'drift --diff');
    expect(drifted.exitCode).toBe(2);
    expect(drifted.output).toMatch(
      /web-02\s+file:\/etc\/loja\/loja\.ini\s+MODIFIED\s+content: 15 lines #\w+ → 15 lines #\w+/,
    );
    expect(drifted.output).toContain('-timeout = 30');
    expect(drifted.output).toContain('+timeout = 120');
  });

  it('prints the same drift as Terraform, Ansible, Puppet and InSpec would', () => {
    const state = run(start, ...HOTFIX).state;
    expect(run(state, 'drift --format terraform').output).toContain(
      'Plan: 0 to add, 1 to change, 0 to destroy.',
    );
    expect(run(state, 'drift --format ansible').output).toMatch(/changed: \[web-02\][\s\S]*PLAY RECAP/);
    expect(run(state, 'drift --format puppet').output).toMatch(
      /File\[\/etc\/loja\/loja\.ini\]\/content: current_value .* \(noop\)/,
    );
    const inspec = run(state, 'drift --format inspec --host web-02');
    expect(inspec.output).toContain('1 control failures');
    expect(inspec.exitCode).toBe(100);
  });

  it('rejects unknown formats, hosts and options with a clear message', () => {
    expect(run(start, 'drift --format yaml').stderr).toContain("unknown format 'yaml'");
    expect(run(start, 'drift --host nope').stderr).toBe('drift: unknown host nope\n');
    expect(run(start, 'drift --frobnicate').stderr).toContain("unrecognized option '--frobnicate'");
  });
});

describe('converge', () => {
  it('dry-runs with --check (nothing changes), then applies and brings the host back in sync', () => {
    const state = run(start, ...HOTFIX).state;
    const check = run(state, 'converge --check --diff --limit web-02');
    expect(check.output).toContain('changed: [web-02] => write-file file:/etc/loja/loja.ini');
    expect(check.output).toContain('+timeout = 30');
    expect(serverDrift(check.state.world, 'web-02').some((i) => i.status === 'MODIFIED')).toBe(true);
    const applied = run(state, 'converge');
    expect(applied.output).toMatch(
      /restart service:loja \(handler, notified by file:\/etc\/loja\/loja\.ini\)/,
    );
    expect(serverDrift(applied.state.world, 'web-02').every((i) => i.status === 'IN_SYNC')).toBe(true);
    expect(run(applied.state, 'converge').output).not.toContain('changed:');
  });

  it('runs only on the bastion and reports unmatched limits', () => {
    expect(run(start, 'ssh web-01', 'converge').stderr).toBe('bash: converge: command not found\n');
    expect(run(start, 'converge --limit nowhere').stderr).toContain('Could not match supplied host pattern');
  });
});

describe('rebuild', () => {
  it('shows what would be lost, then replaces the server with --yes', () => {
    const state = run(start, ...HOTFIX).state;
    const preview = run(state, 'rebuild web-02');
    expect(preview.output).toContain('file:/etc/loja/loja.ini (MODIFIED');
    expect(preview.output).toContain('rebuild web-02 --yes');
    expect(preview.state.world.servers['web-02']).toBe(state.world.servers['web-02']);
    const rebuilt = run(state, 'rebuild web-02 --yes');
    expect(serverDrift(rebuilt.state.world, 'web-02').every((i) => i.status === 'IN_SYNC')).toBe(true);
    expect(run(start, 'rebuild bastion --yes').stderr).toContain('refusing to rebuild the bastion');
  });
});

describe('undo and redo', () => {
  it('ask their host to step through the history, naming the last change', () => {
    const state = run(start, ...HOTFIX).state;
    const undone = run(state, 'undo');
    expect(undone.effects).toEqual([{ kind: 'undo', steps: 1 }]);
    expect(undone.output).toContain('web-02');
    expect(run(state, 'redo 2').effects).toEqual([{ kind: 'redo', steps: 2 }]);
    expect(run(state, 'undo zero').exitCode).toBe(2);
  });
});
