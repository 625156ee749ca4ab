import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();

describe('uptime', () => {
  it('prints the clock, the time since boot, the logins and a steady load', () => {
    const line = run(start, 'uptime').stdout;
    expect(line).toMatch(
      /^ 09:00:05 up 41 days, {2}5:00, {2}1 user, {2}load average: \d\.\d\d, \d\.\d\d, \d\.\d\d\n$/,
    );
    expect(run(start, 'uptime').stdout).toBe(line);
  });

  it('counts a nested login on the same host as another user', () => {
    expect(run(start, 'ssh bastion', 'uptime').stdout).toContain(' 2 users, ');
  });

  it('has pretty and since forms', () => {
    expect(run(start, 'uptime -p').stdout).toBe('up 5 weeks, 6 days, 5 hours\n');
    expect(run(start, 'uptime -s').stdout).toBe('2026-10-19 04:00:00\n');
  });

  it('starts again from zero after a reboot', () => {
    expect(run(start, 'ssh web-01', 'sudo reboot', 'ssh web-01', 'uptime').stdout).toMatch(/ up 0 min, /);
  });
});
