/**
 * A rehearsal of every guided mission with the engine's own operations instead of typed commands: the
 * setup's and the reference solution's effects applied with `src/core` directly. It tells a check that is
 * wrong about the engine apart from a shell command that behaves differently: `src/cli/missions.test.ts`
 * types the same missions through the shell.
 */
import { describe, expect, it } from 'vitest';
import {
  applyConverge,
  aptInstall,
  dpkgConfigurePending,
  migrateSchema,
  planConverge,
  rebuildServer,
  restartService,
  tick,
  type World,
  writeFile,
} from '../../core';
import type { SourceId } from '../../core/packages';
import { evaluateMission } from './checks';
import { findMission } from './registry';
import type { GuidedMission } from './schema';
import { startMission } from './start';
import type { MissionVars } from './variables';

const root = { user: 'root', command: 'rehearsal' };
const SITE = '/etc/nginx/sites-enabled/loja';
const WEB = ['web-01', 'web-02', 'web-03'];

/** What `echo 'deb …' | sudo tee /etc/apt/sources.list.d/x.list && apt update` leaves in the world. */
function enableSource(world: World, host: string, source: SourceId): World {
  const server = world.servers[host];
  if (!server) throw new Error(`no ${host}`);
  const apt = { ...server.apt, sources: [...server.apt.sources, source], updatedAt: world.now };
  return { ...world, servers: { ...world.servers, [host]: { ...server, apt } } };
}

function install(world: World, host: string, ...specs: string[]): World {
  const requests = specs.map((s) => {
    const [name = '', version] = s.split('=');
    return version ? { name, version } : { name };
  });
  return aptInstall(tick(world, 5000), host, requests, { actor: root, assumeYes: true }).world;
}

/** `sudo sed -i …` as a function of the file's content. */
function edit(world: World, host: string, path: string, change: (text: string) => string): World {
  const node = world.servers[host]?.fs[path];
  if (node?.kind !== 'file') throw new Error(`no ${path} on ${host}`);
  return writeFile(tick(world, 5000), host, path, change(node.content), root).world;
}

function restart(world: World, host: string, ...units: string[]): World {
  return units.reduce((w, unit) => restartService(tick(w, 5000), host, unit, root).world, world);
}

const fixSsl = (text: string) => text.replace('listen 443;', 'listen 443 ssl;').replace(/^.*ssl on;\n/m, '');

type Rehearsal = { setup?: (w: World, v: MissionVars) => World; solve: (w: World, v: MissionVars) => World };

const REHEARSALS: Record<string, Rehearsal> = {
  'meet-the-fleet': {
    solve: (w, v) =>
      writeFile(w, 'bastion', '/home/aluno/inventario.txt', `${v.snowflake} loja 2.3.0\n`, root).world,
  },
  'in-place-upgrade': {
    setup: (w, v) => enableSource(w, v.target ?? '', 'nginx-org'),
    solve: (w, v) => {
      const t = v.target ?? '';
      const fixed = edit(install(w, t, `nginx=${v.version}`), t, SITE, fixSsl);
      return restart(dpkgConfigurePending(fixed, t, { actor: root }).world, t, 'nginx');
    },
  },
  'hotfix-drift': {
    solve: (w, v) => {
      const t = v.target ?? '';
      return restart(
        edit(w, t, '/etc/loja/loja.ini', (s) => s.replace(`timeout = ${v.timeout}`, 'timeout = 30')),
        t,
        'loja',
      );
    },
  },
  'staging-vs-prod': {
    setup: (w) => {
      let next = install(enableSource(w, 'stg-web-01', 'lab-python'), 'stg-web-01', 'python3=3.12.4-1~lab1');
      next = install(enableSource(next, 'stg-web-01', 'loja'), 'stg-web-01', 'loja=3.0.0');
      next = migrateSchema(next, 'stg-db-01', 9, root).world;
      for (const host of WEB) next = install(enableSource(next, host, 'loja'), host, 'loja=3.0.0');
      return migrateSchema(next, 'db-01', 9, root).world;
    },
    solve: (w, v) =>
      WEB.reduce((next, host) => {
        const py = install(
          enableSource(next, host, 'lab-python'),
          host,
          `python3=${v.python}`,
          `python3-minimal=${v.python}`,
        );
        return restart(py, host, 'loja');
      }, w),
  },
  'patch-cve': {
    setup: (w, v) =>
      install(enableSource(w, v.nginxHost ?? '', 'nginx-org'), v.nginxHost ?? '', 'nginx=1.24.0-1~bookworm'),
    solve: (w, v) =>
      WEB.reduce((next, host) => {
        let patched = install(next, host, 'libssl3', 'openssl', 'nginx');
        if (host === v.nginxHost) patched = edit(patched, host, SITE, fixSsl);
        return restart(patched, host, 'nginx', 'loja', 'ssh');
      }, w),
  },
  'what-changed': {
    solve: (w, v) => {
      const t = v.target ?? '';
      const reverted = edit(w, t, v.path ?? '', (s) => s.replace(v.replace ?? '', v.find ?? ''));
      return restart(reverted, t, 'nginx', 'loja', 'ssh');
    },
  },
  'converge-and-rebuild': {
    setup: (w, v) =>
      writeFile(w, v.snowflake ?? '', '/etc/nginx/conf.d/upload.conf', 'client_max_body_size 64m;\n', root)
        .world,
    solve: (w, v) => rebuildServer(applyConverge(w, planConverge(w), root).world, v.snowflake ?? '', root),
  },
};

describe.each(Object.entries(REHEARSALS))('rehearsal of %s with the engine’s operations', (id, rehearsal) => {
  const mission = findMission(id) as GuidedMission;

  it.each([1, 2, 3, 42, 1000])('starts unsolved and ends complete (seed %i)', (seed) => {
    const start = startMission(mission, seed);
    const world = rehearsal.setup ? rehearsal.setup(start.world, start.vars) : start.world;
    expect(evaluateMission(mission, world, start.vars).complete).toBe(false);
    const solved = rehearsal.solve(world, start.vars);
    const result = evaluateMission(mission, solved, start.vars);
    expect(result.checks.filter((c) => !c.passed)).toEqual([]);
  });
});
