import { frotaGrandeWorld } from '../src/core';
import { createRegistry, createShell, execute, type ShellState } from '../src/shell';
import { fmt, table, time } from './measure';

const NOW = Date.UTC(2026, 10, 29, 9);
const SESSION = [
  'hostname',
  'ls /etc',
  'cat /etc/hosts',
  'ssh web-02',
  'sudo systemctl stop nginx',
  'systemctl status nginx',
  'sudo systemctl start nginx',
  'exit',
];

/** Commands per second through the shell and the core, on fleets of growing size. */
export function benchShell(sizes = [10, 100, 1000]): string {
  const registry = createRegistry();
  const rows = sizes.map((size) => {
    let state: ShellState = createShell(frotaGrandeWorld(size, { seed: 1, now: NOW }));
    const runs = 4000;
    const timing = time(runs, (i) => {
      state = execute(state, registry, SESSION[i % SESSION.length] ?? 'hostname').state;
    });
    return [
      size,
      runs,
      Math.round(runs / (timing.totalMs / 1000)).toLocaleString('en'),
      fmt(timing.medianMs),
      fmt(timing.p95Ms),
    ];
  });
  return table(['servers', 'commands', 'commands/s', 'median', 'p95'], rows);
}
