import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LAB_START } from '../content';
import { frotaWorld } from '../core';
import { parseSimArgs } from './args';
import { fleetReport } from './report';
import { runSession } from './session';

describe('headless runner', () => {
  it('runs lines exactly as the terminal and records host, user and cwd per command', () => {
    const { transcript, text } = runSession(frotaWorld({ seed: 1, now: LAB_START }), [
      'ssh web-01',
      'cd /etc',
      'hostname',
    ]);
    expect(transcript.map((t) => [t.host, t.user, t.cwd, t.command])).toEqual([
      ['bastion', 'aluno', '/home/aluno', 'ssh web-01'],
      ['web-01', 'aluno', '/home/aluno', 'cd /etc'],
      ['web-01', 'aluno', '/etc', 'hostname'],
    ]);
    expect(text).toContain('aluno@web-01:/etc$ hostname\nweb-01\n');
  });

  it('reports drift and health per server: broken beats drifted beats in sync', () => {
    const { state } = runSession(frotaWorld({ seed: 1, now: LAB_START }), [
      'ssh web-02',
      'sudo systemctl stop nginx',
    ]);
    const fleet = fleetReport(state.world);
    const web02 = fleet.find((f) => f.host === 'web-02');
    expect(web02?.status).toBe('broken');
    expect(web02?.drift).toEqual([
      {
        resource: 'service:nginx',
        status: 'MODIFIED',
        expected: 'running, enabled',
        actual: 'stopped, enabled',
      },
    ]);
    expect(web02?.health.failures[0]).toMatchObject({
      code: 'SERVICE_INACTIVE',
      message: 'service nginx is stopped',
    });
    expect(fleet.filter((f) => f.host !== 'web-02').every((f) => f.status === 'in_sync')).toBe(true);
  });

  it('rejects bad flags with a message instead of throwing', () => {
    expect(parseSimArgs(['--seed', 'abc'])).toEqual({
      ok: false,
      error: "sim: --seed must be an integer, got 'abc'",
    });
    expect(parseSimArgs(['--nope']).ok).toBe(false);
  });

  it('prints one JSON object from the command line', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/sim.ts', '--json'], {
      input: 'whoami\n',
      encoding: 'utf8',
    });
    const report = JSON.parse(out);
    expect(report.transcript).toEqual([
      {
        host: 'bastion',
        user: 'aluno',
        cwd: '/home/aluno',
        command: 'whoami',
        output: 'aluno\n',
        exitCode: 0,
      },
    ]);
    expect(report.fleet).toHaveLength(8);
    expect(report.mission).toBeNull();
  }, 30_000);
});

describe('runner time machine', () => {
  it('undo restores the world before the last command, redo brings it back', () => {
    const world = frotaWorld({ seed: 1, now: LAB_START });
    const lines = ['ssh web-02', 'sudo systemctl stop nginx', 'exit', 'undo 2'];
    const undone = runSession(world, lines).state.world;
    expect(undone.servers['web-02']?.services.nginx?.active).toBe('active');
    const redone = runSession(world, [...lines, 'redo 2']).state.world;
    expect(redone.servers['web-02']?.services.nginx?.active).toBe('inactive');
  });
});
