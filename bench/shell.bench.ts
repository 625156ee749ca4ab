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

/** A web server in the middle of the fleet: where a learner would ssh to look at nginx. */
const WEB = 'web-0500';

/** The realistic mix, each line typed where a learner would type it (after `ssh` when `on` names a host). */
const MIX: readonly { line: string; on?: string }[] = [
  { line: 'ls -l /etc/nginx', on: WEB },
  { line: 'cat /etc/nginx/nginx.conf', on: WEB },
  { line: 'grep -n ssl /etc/nginx/nginx.conf', on: WEB },
  { line: `ssh ${WEB}` },
  { line: 'exit', on: WEB },
  { line: 'systemctl status nginx', on: WEB },
  { line: 'sudo systemctl restart nginx', on: WEB },
  { line: 'apt list --installed', on: WEB },
  { line: `drift --host ${WEB}` },
  // The worst table: every resource of every server, fitted to the terminal.
  { line: 'drift --all' },
  { line: 'sudo nginx -t', on: WEB },
  { line: `converge --check --limit ${WEB}` },
];

/**
 * Median and p95 time of each command of the mix on a 1,000-server fleet. Every run starts from the same state
 * (the learner already on the host), so a row is one command's cost and rows do not disturb each other.
 */
export function benchCommands(size = 1000, runs = 300): string {
  const registry = createRegistry();
  const start = createShell(frotaGrandeWorld(size, { seed: 1, now: NOW }));
  const rows = MIX.map(({ line, on }) => {
    const name = line.replace(/^sudo /, '').split(' ')[0] ?? line;
    const where = on ?? 'bastion';
    if (!registry.get(name)) return [line, where, 'not in the registry yet', '', ''];
    const state = on ? execute(start, registry, `ssh ${on}`).state : start;
    for (let i = 0; i < 20; i++) execute(state, registry, line);
    const timing = time(runs, () => execute(state, registry, line));
    const exit = execute(state, registry, line).exitCode;
    return [line, where, String(exit), fmt(timing.medianMs), fmt(timing.p95Ms)];
  });
  return table(['command', 'on', 'exit', 'median', 'p95'], rows);
}
