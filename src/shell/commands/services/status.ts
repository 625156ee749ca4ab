/**
 * `systemctl status`: a unit's header (Loaded, Active, Main PID, Tasks, Memory, CPU, CGroup) with the
 * processes `ps` shows for it, then its last journal lines; with no unit, the manager's overview.
 */
import type { Server, Service } from '../../../core';
import { systemdAgo, systemdTimestamp } from '../../format/time';
import type { CommandContext, CommandResult } from '../../types';
import { type Proc, processTable } from '../system/processes';
import { canReadJournal, entriesOf, formatEntry } from './journal';

const DOCS: Readonly<Record<string, readonly string[]>> = {
  nginx: ['man:nginx(8)'],
  ssh: ['man:sshd(8)', 'man:sshd_config(5)'],
  cron: ['man:cron(8)'],
  'systemd-journald': ['man:systemd-journald.service(8)', 'man:journald.conf(5)'],
  'systemd-logind': ['man:sd-login(3)', 'man:systemd-logind.service(8)', 'man:logind.conf(5)'],
  'unattended-upgrades': ['man:unattended-upgrade(8)'],
  'postgresql@15-main': ['man:postgres(1)'],
};

const NGINX_PRE = '/usr/sbin/nginx -t -q -g daemon on; master_process on;';

/** Where the unit file lives: templates like postgresql@15-main come from postgresql@.service. */
export function unitFile(unit: string): string {
  const at = unit.indexOf('@');
  return `/lib/systemd/system/${at < 0 ? unit : unit.slice(0, at + 1)}.service`;
}

export function subState(unit: string, service: Service): string {
  if (service.active === 'active') return unit === 'postgresql' ? 'exited' : 'running';
  return service.active === 'failed' ? 'failed' : 'dead';
}

function activeLine(unit: string, service: Service, server: Server, now: number): string {
  // Nothing can have been running since before the last boot, whatever the scenario says.
  const at = service.active === 'active' ? Math.max(service.since, server.bootedAt + 3000) : service.since;
  const since = `since ${systemdTimestamp(at)}; ${systemdAgo(now - at)}`;
  if (service.active === 'failed') return `failed (Result: exit-code) ${since}`;
  return `${service.active} (${subState(unit, service)}) ${since}`;
}

function memory(kib: number): string {
  return kib >= 1024 * 1024 ? `${(kib / 1024 / 1024).toFixed(1)}G` : `${(kib / 1024).toFixed(1)}M`;
}

function cpu(seconds: number): string {
  const ms = Math.max(1, Math.round(seconds * 1000));
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}s`;
}

/** `├─PID args`; a process that renamed itself (`nginx: worker process`) is shown quoted, as systemd does. */
function cgroupLines(unit: string, procs: readonly Proc[]): string[] {
  const tree = procs.map((p, i) => {
    const branch = i === procs.length - 1 ? '└─' : '├─';
    const args = p.args.startsWith(`${p.comm}:`) ? `"${p.args}"` : p.args;
    return `             ${branch}${p.pid} ${args}`;
  });
  return [`     CGroup: /system.slice/${unit}.service`, ...tree];
}

/** The exit status of the last failure, from systemd's own journal line. */
function failedStatus(service: Service): string {
  for (let i = service.journal.length - 1; i >= 0; i--) {
    const m = /status=(\d+\/[A-Z]+)/.exec(service.journal[i]?.message ?? '');
    if (m?.[1]) return m[1];
  }
  return '1/FAILURE';
}

function runtimeLines(ctx: CommandContext, server: Server, unit: string, service: Service): string[] {
  const out: string[] = [];
  const pid = 1000 + (service.since % 30_000);
  if (service.active === 'failed') {
    const status = failedStatus(service);
    if (unit === 'nginx')
      out.push(`    Process: ${pid} ExecStartPre=${NGINX_PRE} (code=exited, status=${status})`);
    else out.push(`   Main PID: ${pid} (code=exited, status=${status})`);
    out.push(`        CPU: ${20 + (pid % 60)}ms`);
    return out;
  }
  if (service.active !== 'active') return out;
  const procs = processTable(ctx, server, '').filter((p) => p.unit === unit);
  const main = procs[0];
  if (unit === 'nginx' && main)
    out.push(
      `    Process: ${main.pid - 2} ExecStartPre=${NGINX_PRE} (code=exited, status=0/SUCCESS)`,
      `    Process: ${main.pid - 1} ExecStart=/usr/sbin/nginx -g daemon on; master_process on; (code=exited, status=0/SUCCESS)`,
    );
  if (!main)
    return unit === 'postgresql'
      ? [
          `    Process: ${pid} ExecStart=/bin/true (code=exited, status=0/SUCCESS)`,
          `   Main PID: ${pid} (code=exited, status=0/SUCCESS)`,
          '        CPU: 1ms',
        ]
      : out;
  out.push(
    `   Main PID: ${main.pid} (${main.comm})`,
    `      Tasks: ${procs.length} (limit: 4644)`,
    `     Memory: ${memory(procs.reduce((sum, p) => sum + p.rss, 0))}`,
    `        CPU: ${cpu(procs.reduce((sum, p) => sum + p.cpuSeconds, 0))}`,
    ...cgroupLines(unit, procs),
  );
  return out;
}

/** One unit's status block (exit code: 0 running, 3 not running). */
export function unitStatus(ctx: CommandContext, server: Server, unit: string, lines = 10): CommandResult {
  const service = server.services[unit];
  if (!service) return { stdout: '', stderr: `Unit ${unit}.service could not be found.\n`, exitCode: 4 };
  const dot = service.active === 'active' ? '●' : service.active === 'failed' ? '×' : '○';
  const state = service.enabled ? 'enabled' : 'disabled';
  const text = [
    `${dot} ${unit}.service - ${service.description}`,
    `     Loaded: loaded (${unitFile(unit)}; ${state}; preset: enabled)`,
    `     Active: ${activeLine(unit, service, server, ctx.state.world.now)}`,
    ...(DOCS[unit] ?? []).map((d, i) => `${i === 0 ? '       Docs: ' : '             '}${d}`),
    ...runtimeLines(ctx, server, unit, service),
  ];
  let stderr = '';
  if (lines > 0) {
    if (canReadJournal(server, ctx.user)) {
      const journal = entriesOf(server, [unit]).slice(-lines);
      if (journal.length) text.push('', ...journal.map((e) => formatEntry(server, e)));
    } else stderr = 'Warning: some journal files were not opened due to insufficient permissions.\n';
  }
  return { stdout: `${text.join('\n')}\n`, stderr, exitCode: service.active === 'active' ? 0 : 3 };
}

/** `systemctl status` with no unit: the machine's state, as the manager sees it. */
export function systemStatus(ctx: CommandContext, server: Server): CommandResult {
  const failed = Object.values(server.services).filter((s) => s.active === 'failed').length;
  const state = failed ? 'degraded' : 'running';
  const text = [
    `${failed ? '×' : '●'} ${server.hostname}`,
    `    State: ${state}`,
    `    Units: ${200 + Object.keys(server.services).length} loaded (incl. loaded aliases)`,
    '     Jobs: 0 queued',
    `   Failed: ${failed} units`,
    `    Since: ${systemdTimestamp(server.bootedAt)}; ${systemdAgo(ctx.state.world.now - server.bootedAt)}`,
    `  systemd: ${server.packages.systemd?.version.replace(/-.*/, '') ?? '252'}`,
    '   CGroup: /',
  ];
  return { stdout: `${text.join('\n')}\n`, stderr: '', exitCode: 0 };
}
