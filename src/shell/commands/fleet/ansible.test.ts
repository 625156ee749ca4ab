import { describe, expect, it } from 'vitest';
import { frotaWorld, setReachable } from '../../../core';
import { createShell, execute } from '../../execute';
import { createRegistry } from '../../registry';

const registry = createRegistry();
const start = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));
const actor = { user: 'root', command: 'chaos' };

describe('ansible ad-hoc', () => {
  it('pings a group and prints a recap', () => {
    const result = execute(start, registry, 'ansible web -m ping');
    expect(result.output).toContain('web-01 | SUCCESS => {\n    "changed": false,\n    "ping": "pong"\n}');
    expect(result.output).toMatch(/PLAY RECAP \(DriftLab\)[\s\S]*web-03\s+: ok=1/);
    expect(result.exitCode).toBe(0);
  });

  it('runs a shell command on each host, as root with -b', () => {
    const result = execute(start, registry, "ansible web -b -m shell -a 'whoami; hostname'");
    expect(result.output).toContain('web-02 | CHANGED | rc=0 >>\nroot\nweb-02');
  });

  it('leaves the fleet half-changed when a host is unreachable', () => {
    const cut = setReachable(start.world, 'web-03', false, actor).world;
    const state = { ...start, world: cut };
    const result = execute(state, registry, "ansible web -b -m shell -a 'systemctl stop nginx'");
    expect(result.output).toContain('web-03 | UNREACHABLE! =>');
    expect(result.exitCode).toBe(4);
    const world = result.state.world;
    expect(world.servers['web-01']?.services.nginx?.active).toBe('inactive');
    expect(world.servers['web-03']?.services.nginx?.active).toBe('active');
  });

  it('exists only where ansible-core is installed, and reports bad patterns', () => {
    expect(execute(start, registry, 'ssh web-01').state.stack).toHaveLength(2);
    const onWeb = execute(execute(start, registry, 'ssh web-01').state, registry, 'ansible all -m ping');
    expect(onWeb.stderr).toBe('bash: ansible: command not found\n');
    expect(execute(start, registry, 'ansible nowhere -m ping').stderr).toContain(
      'Could not match supplied host pattern, ignoring: nowhere',
    );
  });
});
