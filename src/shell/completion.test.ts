import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../core';
import { complete } from './completion';
import { createShell, execute } from './execute';
import { createRegistry } from './registry';

const registry = createRegistry();
const start = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));

describe('tab completion', () => {
  it('completes command names', () => {
    expect(complete(start, registry, 'hostn')).toMatchObject({ start: 0, replacement: 'hostname ' });
    expect(complete(start, registry, 'h').candidates).toEqual(
      expect.arrayContaining(['help', 'history', 'hostname']),
    );
  });
  it('completes paths, adding / to directories', () => {
    expect(complete(start, registry, 'cat /etc/host')).toMatchObject({
      start: 4,
      candidates: ['/etc/hostname', '/etc/hosts'],
      replacement: '/etc/host',
    });
    expect(complete(start, registry, 'ls /et').replacement).toBe('/etc/');
    expect(complete(start, registry, 'cat ~/.pro').replacement).toBe('~/.profile ');
    expect(complete(start, registry, 'cat ').candidates).not.toContain('.bashrc');
  });
  it('completes after a pipe, a redirection and sudo', () => {
    expect(complete(start, registry, 'cat /etc/hostname | hostn').replacement).toBe('hostname ');
    expect(complete(start, registry, 'sudo systemctl st').candidates).toEqual(['start', 'status', 'stop']);
    expect(complete(start, registry, 'cat < /etc/hostn').replacement).toBe('/etc/hostname ');
  });
  it('completes service names for systemctl on the current host', () => {
    const web = execute(start, registry, 'ssh web-01').state;
    expect(complete(web, registry, 'systemctl status lo').replacement).toBe('loja ');
    expect(complete(start, registry, 'systemctl status lo').candidates).toEqual([]);
  });
});
