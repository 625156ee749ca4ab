// Engine figures: fleet build and full evaluation, incremental evaluation, undo memory, serialization.
// Printed as tables by `npm run bench`; nothing is asserted. The undo heap is measured in a child process
// started with `--expose-gc`, so garbage is collected before each reading and earlier benches do not count.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  aptInstall,
  commit,
  createEvaluator,
  createHistory,
  frotaGrandeWorld,
  frotaWorld,
  nextRandom,
  present,
  serializeWorld,
  startService,
  stopService,
  tick,
  type World,
  writeFile,
} from '../src/core';
import { parseWorld } from '../src/core/schema/parse';
import { fmt, table, time } from './measure';

const NOW = Date.UTC(2026, 10, 29, 9);
const OPTIONS = { seed: 1, now: NOW };
const actor = { user: 'aluno', command: 'bench' };
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** One realistic command: stop or start a unit, edit a file or install a package, then the 2 s it took. */
function command(world: World, step: number, rng: number): [World, number] {
  const [r, next] = nextRandom(rng);
  const hosts = world.order;
  const host = hosts[Math.floor(r * hosts.length)] ?? 'bastion';
  const kind = step % 10;
  let changed: World;
  if (kind < 4) changed = (step % 2 ? startService : stopService)(world, host, 'ssh', actor).world;
  else if (kind < 8) changed = writeFile(world, host, '/etc/motd', `step ${step}\n`, actor).world;
  else {
    const version = step % 20 < 10 ? '7.88.1-10+deb12u8' : '7.88.1-10';
    changed = aptInstall(world, host, [{ name: 'curl', version }], { actor, allowDowngrades: true }).world;
  }
  return [tick(changed, 2000), next];
}

export function benchFleets(sizes: readonly number[]): string {
  const rows = sizes.map((size) => {
    let world = frotaGrandeWorld(size, OPTIONS);
    const build = time(1, () => {
      world = frotaGrandeWorld(size, { ...OPTIONS, seed: 2 });
    });
    let result = createEvaluator().evaluate(world);
    const cold = time(1, () => {
      result = createEvaluator().evaluate(frotaGrandeWorld(size, { ...OPTIONS, seed: 3 }));
    });
    const warm = time(3, () => createEvaluator().evaluate(world));
    return [
      size.toLocaleString('en'),
      fmt(build.totalMs),
      fmt(cold.totalMs),
      fmt(warm.medianMs),
      `${(result.coverage.ratio * 100).toFixed(1)} %`,
      `${result.health.healthy}/${result.health.broken}`,
    ];
  });
  return table(
    ['servers', 'build', 'full drift+health (new world)', 'full, caches warm', 'coverage', 'healthy/broken'],
    rows,
  );
}

export function benchIncremental(size: number, runs: number): string {
  const base = frotaGrandeWorld(size, OPTIONS);
  const variants: [string, (w: World, i: number) => World][] = [
    ['one change (stop/start a web unit)', (w, i) => toggle(w, i)],
    ['one change + 2 s clock (a shell command)', (w, i) => tick(toggle(w, i), 2000)],
    ['clock only (2 s)', (w) => tick(w, 2000)],
  ];
  const rows = variants.map(([label, change]) => {
    const worlds: World[] = [];
    let world = base;
    for (let i = 0; i < runs; i++) {
      world = change(world, i);
      worlds.push(world);
    }
    const servers = createEvaluator();
    servers.evaluate(base);
    let reevaluated = 0;
    const alone = time(runs, (i) => {
      servers.evaluate(worlds[i] as World);
      reevaluated += servers.stats.reevaluated;
    });
    const full = createEvaluator();
    Object.values(full.evaluate(base).byEnv).map((e) => e.deployment);
    const withDeployments = time(runs, (i) => {
      Object.values(full.evaluate(worlds[i] as World).byEnv).map((e) => e.deployment);
    });
    return [
      label,
      runs,
      (reevaluated / runs).toFixed(2),
      fmt(alone.medianMs),
      fmt(alone.p95Ms),
      fmt(withDeployments.medianMs),
      fmt(withDeployments.p95Ms),
    ];
  });
  return table(
    ['change', 'runs', 'servers re-evaluated', 'evaluate median', 'p95', '+ deployments median', 'p95'],
    rows,
  );

  function toggle(world: World, i: number): World {
    const webs = world.order.filter((h) => world.servers[h]?.role === 'web');
    const host = webs[(i * 7919) % webs.length] ?? 'bastion';
    const running = world.servers[host]?.services.nginx?.active === 'active';
    return (running ? stopService : startService)(world, host, 'nginx', actor).world;
  }
}

/** Child-process side: builds a history of `steps` commands and prints heap readings as JSON. */
function heapChild(scenario: string, steps: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  let world = scenario === 'frota' ? frotaWorld(OPTIONS) : frotaGrandeWorld(Number(scenario), OPTIONS);
  let history = createHistory(world);
  gc();
  const before = process.memoryUsage().heapUsed;
  let rng = 42;
  for (let step = 0; step < steps; step++) {
    [world, rng] = command(world, step, rng);
    history = commit(history, world, `step ${step}`);
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  const kept = history.steps.length;
  console.log(JSON.stringify({ before, after, kept, ledger: present(history).ledger.size }));
}

export function benchHeap(scenarios: readonly string[], steps: number): string {
  const self = fileURLToPath(import.meta.url);
  const rows = scenarios.map((scenario) => {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', self, '--heap', scenario, `${steps}`],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{'))
      return [scenario, steps, 'failed', child.stderr.slice(0, 60), '', ''];
    const r = JSON.parse(line) as { before: number; after: number; kept: number; ledger: number };
    const growth = r.after - r.before;
    return [
      scenario,
      r.kept - 1,
      `${mb(r.before)} MB`,
      `${mb(r.after)} MB`,
      `${mb(growth)} MB`,
      `${(growth / steps / 1024).toFixed(1)} KB`,
    ];
  });
  return table(
    ['world', 'undo steps kept', 'heap, world only', 'heap with history', 'growth', 'per step'],
    rows,
  );
}

export function benchSerialization(size: number): string {
  let world = frotaGrandeWorld(size, OPTIONS);
  let rng = 7;
  for (let step = 0; step < 200; step++) [world, rng] = command(world, step, rng);
  let text = '';
  const write = time(3, () => {
    text = serializeWorld(world);
  });
  let ok = false;
  const read = time(3, () => {
    ok = parseWorld(text).ok;
  });
  return table(
    ['servers', 'ledger entries', 'serializeWorld', 'parseWorld (JSON + zod)', 'JSON size', 'round trip ok'],
    [
      [
        size.toLocaleString('en'),
        world.ledger.size,
        fmt(write.medianMs),
        fmt(read.medianMs),
        `${mb(text.length)} MB`,
        String(ok),
      ],
    ],
  );
}

/** Every engine table, in the order `npm run bench` prints them. */
export function benchEngine(): string {
  return [
    'Fleet build and full evaluation (aim: 1,000 servers ≤ 20 ms)\n',
    benchFleets([10, 100, 1000, 10_000]),
    '\nIncremental evaluation after one change, 1,000 servers (aim ≤ 1 ms)\n',
    benchIncremental(1000, 300),
    '\nHeap after 10,000 undo steps of realistic commands (aim ≤ 100 MB)\n',
    benchHeap(['frota', '1000'], 10_000),
    '\nSerialization of a 1,000-server world after 200 commands\n',
    benchSerialization(1000),
  ].join('\n');
}

if (process.argv[2] === '--heap' && process.argv[1] === fileURLToPath(import.meta.url))
  heapChild(process.argv[3] ?? 'frota', Number(process.argv[4] ?? 10_000));
