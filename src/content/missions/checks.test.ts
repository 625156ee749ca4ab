import { describe, expect, it } from 'vitest';
import { aptInstall, restartService, stopService, tick, type World, writeFile } from '../../core';
import { findScenario, LAB_START } from '../scenarios';
import { evaluateCondition, evaluateMission } from './checks';
import type { Condition } from './conditions';
import { findMission } from './registry';

const actor = { user: 'root', command: 'test' };
const INI = '/etc/loja/loja.ini';

function fresh(): World {
  const world = findScenario('frota')?.build({ seed: 1, now: LAB_START });
  if (!world) throw new Error('no frota scenario');
  return world;
}

const ini = (world: World, host: string) => {
  const node = world.servers[host]?.fs[INI];
  return node?.kind === 'file' ? node.content : '';
};
const editIni = (world: World, host: string, from: string, to: string) =>
  writeFile(tick(world, 1000), host, INI, ini(world, host).replace(from, to), actor).world;

const holds = (c: Condition, world: World, vars = {}) => evaluateCondition(c, world, vars);

describe('conditions on a fresh fleet', () => {
  const world = fresh();

  it('see services, packages, paths and file contents as they are', () => {
    expect(
      holds({ kind: 'service-state', host: 'web-01', unit: 'nginx', active: 'active', enabled: true }, world)
        .passed,
    ).toBe(true);
    expect(
      holds({ kind: 'package-version', host: 'web-01', name: 'nginx', op: '=', version: '1.22.1-9' }, world)
        .passed,
    ).toBe(true);
    expect(
      holds({ kind: 'package-version', host: 'web-01', name: 'nginx', op: '>=', version: '1.25.1' }, world),
    ).toEqual({
      passed: false,
      found: '1.22.1-9',
    });
    expect(holds({ kind: 'package-absent', host: 'web-01', name: 'htop' }, world).passed).toBe(true);
    expect(holds({ kind: 'path-exists', host: 'web-01', path: '/opt/loja/releases' }, world).passed).toBe(
      true,
    );
    expect(
      holds({ kind: 'file-contains', host: 'web-01', path: INI, pattern: '^timeout = 30$' }, world).passed,
    ).toBe(true);
    expect(
      holds({ kind: 'file-contains', host: 'web-01', path: INI, text: 'timeout = 120' }, world).passed,
    ).toBe(false);
  });

  it('find every server in sync, healthy, with a valid nginx and nothing to restart', () => {
    for (const host of ['web-01', 'web-02', 'web-03', 'lb-01', 'db-01']) {
      expect(holds({ kind: 'server-in-sync', host }, world), host).toEqual({ passed: true, found: '' });
      expect(holds({ kind: 'server-healthy', host }, world).passed, host).toBe(true);
      expect(holds({ kind: 'no-restart-pending', host }, world).passed, host).toBe(true);
    }
    expect(holds({ kind: 'nginx-config-valid', host: 'web-02' }, world).passed).toBe(true);
    expect(holds({ kind: 'kernel-running', host: 'web-02' }, world).passed).toBe(true);
    expect(holds({ kind: 'deployment', env: 'prod', status: 'healthy' }, world).passed).toBe(true);
  });

  it('bind {{host}} inside every-host and report the hosts that fail', () => {
    const stopped = stopService(world, 'web-02', 'loja', actor).world;
    const verdict = holds(
      {
        kind: 'every-host',
        role: 'web',
        env: 'prod',
        condition: { kind: 'service-state', host: '{{host}}', unit: 'loja', active: 'active' },
      },
      stopped,
    );
    expect(verdict).toEqual({ passed: false, found: 'inactive, enabled', hosts: ['web-02'] });
  });

  it('match variables literally in patterns, so web-01 is not found inside stg-web-01', () => {
    const noted = writeFile(world, 'bastion', '/home/aluno/n.txt', 'stg-web-01 2x3y0\n', actor).world;
    const word = {
      kind: 'file-contains',
      host: 'bastion',
      path: '/home/aluno/n.txt',
      pattern: '(?<![\\w-]){{h}}(?![\\w-])',
    } as const;
    expect(holds(word, noted, { h: 'web-01' }).passed).toBe(false);
    expect(holds(word, noted, { h: 'stg-web-01' }).passed).toBe(true);
    expect(holds({ ...word, pattern: '{{v}}' }, noted, { v: '2.3.0' }).passed).toBe(false);
  });
});

describe('conditions after changes', () => {
  it('a hand edit drifts the file until it is put back, and the service must restart to read it', () => {
    const edited = editIni(fresh(), 'web-02', 'timeout = 30', 'timeout = 120');
    const inSync = { kind: 'file-in-sync', host: 'web-02', path: INI } as const;
    const fresh_ = { kind: 'service-fresh', host: 'web-02', unit: 'loja', path: INI } as const;
    expect(holds(inSync, edited)).toEqual({ passed: false, found: 'MODIFIED' });
    expect(holds({ kind: 'server-in-sync', host: 'web-02' }, edited).found).toBe(
      'file:/etc/loja/loja.ini (MODIFIED)',
    );
    const reverted = editIni(edited, 'web-02', 'timeout = 120', 'timeout = 30');
    expect(holds(inSync, reverted).passed).toBe(true);
    expect(holds(fresh_, reverted).passed).toBe(false);
    const restarted = restartService(tick(reverted, 1000), 'web-02', 'loja', actor).world;
    expect(holds(fresh_, restarted).passed).toBe(true);
  });

  it('an upgraded libssl3 leaves the CVE exploitable through running services until they restart', () => {
    const cve = { kind: 'cve-mitigated', host: 'web-01', cve: 'CVE-2024-9143' } as const;
    const before = fresh();
    expect(holds(cve, before).found).toMatch(/^libssl3 3\.0\.11/);
    const upgraded = aptInstall(before, 'web-01', [{ name: 'libssl3' }, { name: 'openssl' }], {
      actor,
      assumeYes: true,
    }).world;
    expect(upgraded.servers['web-01']?.packages.libssl3?.version).toBe('3.0.16-1~deb12u1');
    expect(holds(cve, upgraded).found).toBe('loja.service, nginx.service, ssh.service');
    expect(holds({ kind: 'no-restart-pending', host: 'web-01' }, upgraded).found).toBe('loja, nginx, ssh');
    let restarted = upgraded;
    for (const unit of ['loja', 'nginx', 'ssh'])
      restarted = restartService(restarted, 'web-01', unit, actor).world;
    expect(holds(cve, restarted).passed).toBe(true);
    expect(holds({ kind: 'no-restart-pending', host: 'web-01' }, restarted).passed).toBe(true);
  });

  it('nginx 1.26 rejects the site’s `ssl on;`, which nginx-config-valid reports', () => {
    const world = fresh();
    const server = world.servers['web-01'];
    if (!server) throw new Error('no web-01');
    const withOrg = {
      ...world,
      servers: {
        ...world.servers,
        'web-01': { ...server, apt: { ...server.apt, sources: [...server.apt.sources, 'nginx-org'] } },
      },
    };
    const upgraded = aptInstall(withOrg, 'web-01', [{ name: 'nginx', version: '1.26.2-1~bookworm' }], {
      actor,
      assumeYes: true,
    }).world;
    const verdict = holds({ kind: 'nginx-config-valid', host: 'web-01' }, upgraded);
    expect(verdict.passed).toBe(false);
    expect(verdict.found).toContain('unknown directive "ssl"');
  });
});

describe('evaluateMission', () => {
  it('gives each failing check its reason in the learner’s language, with the values filled in', () => {
    const mission = findMission('in-place-upgrade');
    if (!mission) throw new Error('no in-place-upgrade');
    const vars = { target: 'web-02', version: '1.26.2-1~bookworm' };
    const pt = evaluateMission(mission, fresh(), vars, 'pt-BR');
    const en = evaluateMission(mission, fresh(), vars, 'en');
    expect(pt.complete).toBe(false);
    expect(pt.checks[0]).toEqual({
      id: 'approved-version',
      passed: false,
      reason:
        'Em `web-02` o nginx está em `1.22.1-9`; o esperado é `1.26.2-1~bookworm`, instalado e configurado.',
    });
    expect(en.checks[0]?.reason).toBe(
      'On `web-02` nginx is at `1.22.1-9`; it should be `1.26.2-1~bookworm`, installed and configured.',
    );
    expect(en.checks.filter((c) => c.passed).map((c) => c.id)).toEqual([
      'config-valid',
      'nginx-running',
      'canary-only',
      'shop-up',
    ]);
  });

  it('never completes the sandbox, which has no checklist', () => {
    const sandbox = findMission('sandbox');
    if (!sandbox) throw new Error('no sandbox');
    expect(evaluateMission(sandbox, fresh(), {})).toEqual({ complete: false, checks: [] });
  });
});
