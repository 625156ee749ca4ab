import { describe, expect, it } from 'vitest';
import { stopService, type World } from '../../core';
import en from '../../i18n/en.json';
import ptBR from '../../i18n/pt-BR.json';
import { findScenario, LAB_START } from '../scenarios';
import { evaluateCondition, evaluateMission } from './checks';
import { SHOP_UP } from './define';
import { FOUND_WORDS } from './foundWords';
import { findMission } from './registry';

const actor = { user: 'root', command: 'test' };

function fresh(): World {
  const world = findScenario('frota')?.build({ seed: 1, now: LAB_START });
  if (!world) throw new Error('no frota scenario');
  return world;
}

describe('the state words of a failing check', () => {
  it('are the dashboard’s words for deployments and drift, in both languages', () => {
    for (const [locale, json] of [
      ['pt-BR', ptBR],
      ['en', en],
    ] as const) {
      expect(FOUND_WORDS[locale].deployment, locale).toEqual(json.dashboard.deployment);
      for (const status of ['MODIFIED', 'MISSING', 'UNMANAGED'] as const)
        expect(FOUND_WORDS[locale].drift[status].toLowerCase(), locale).toContain(
          json.dashboard.drift[status],
        );
    }
  });

  it('say a broken production deployment in pt-BR as the dashboard does', () => {
    const mission = findMission('hotfix-drift');
    if (mission?.kind !== 'mission') throw new Error('no hotfix-drift');
    let world = stopService(fresh(), 'web-01', 'loja', actor).world;
    const reason = (w: World, locale: 'pt-BR' | 'en') =>
      evaluateMission(mission, w, {}, locale).checks.find((c) => c.id === SHOP_UP.id)?.reason;
    expect(reason(world, 'pt-BR')).toBe(
      'A implantação de produção está degradada: veja o painel para saber por quê.',
    );
    expect(reason(world, 'en')).toBe('The production deployment is degraded: the dashboard says why.');
    for (const host of ['web-02', 'web-03']) world = stopService(world, host, 'loja', actor).world;
    expect(reason(world, 'pt-BR')).toContain('está fora do ar:');
  });

  it('keep the tool’s own term beside a service’s or a package’s state in pt-BR', () => {
    const stopped = stopService(fresh(), 'web-02', 'loja', actor).world;
    const service = { kind: 'service-state', host: 'web-02', unit: 'loja', active: 'active' } as const;
    expect(evaluateCondition(service, stopped, {}, 'pt-BR').found).toBe(
      'parado (inactive), habilitado (enabled)',
    );
    expect(evaluateCondition(service, stopped, {}, 'en').found).toBe('inactive, enabled');
    const world = fresh();
    const server = world.servers['web-02'];
    if (!server) throw new Error('no web-02');
    const nginx = server.packages.nginx;
    if (!nginx) throw new Error('no nginx');
    const halfDone: World = {
      ...world,
      servers: {
        ...world.servers,
        'web-02': {
          ...server,
          packages: { ...server.packages, nginx: { ...nginx, status: 'half-configured' } },
        },
      },
    };
    const version = {
      kind: 'package-version',
      host: 'web-02',
      name: 'nginx',
      op: '=',
      version: nginx.version,
    } as const;
    expect(evaluateCondition(version, halfDone, {}, 'pt-BR').found).toBe(
      `${nginx.version} (configuração incompleta: half-configured)`,
    );
    expect(evaluateCondition(version, halfDone, {}, 'en').found).toBe(`${nginx.version} (half-configured)`);
    const missing = { kind: 'path-exists', host: 'nowhere', path: '/x' } as const;
    expect(evaluateCondition(missing, world, {}, 'pt-BR').found).toBe('o servidor nowhere não existe');
  });
});
