import type { Server } from '../../../core';

/** How a process looks: short name, command line, user, virtual and resident size (KiB), state. */
export interface Shape {
  comm: string;
  args: string;
  user: string;
  vsz: number;
  rss: number;
  stat?: string;
}

function shape(comm: string, args: string, user: string, vsz: number, rss: number, stat?: string): Shape {
  return stat ? { comm, args, user, vsz, rss, stat } : { comm, args, user, vsz, rss };
}

/** Kernel threads every server shows, at their usual low PIDs. */
export const KERNEL_THREADS: readonly (readonly [number, string])[] = [
  [2, 'kthreadd'],
  [3, 'rcu_gp'],
  [4, 'rcu_par_gp'],
  [5, 'slub_flushwq'],
  [6, 'netns'],
  [10, 'mm_percpu_wq'],
  [12, 'rcu_tasks_kthread'],
  [14, 'ksoftirqd/0'],
  [15, 'rcu_preempt'],
  [16, 'migration/0'],
  [18, 'cpuhp/0'],
  [19, 'cpuhp/1'],
  [21, 'ksoftirqd/1'],
  [25, 'kdevtmpfs'],
  [27, 'kauditd'],
  [28, 'khungtaskd'],
  [29, 'oom_reaper'],
  [32, 'kcompactd0'],
  [34, 'khugepaged'],
  [80, 'kblockd'],
  [112, 'kworker/u4:2-events_unbound'],
];

/** Kernel workqueues show as `I<` (idle, high priority). */
export const WORKQUEUES = new Set([
  'rcu_gp',
  'rcu_par_gp',
  'slub_flushwq',
  'netns',
  'mm_percpu_wq',
  'kblockd',
]);

const PG = '/usr/lib/postgresql/15/bin/postgres';
const PG_WORKERS = [
  'checkpointer',
  'background writer',
  'walwriter',
  'autovacuum launcher',
  'logical replication launcher',
];

/** What each running unit looks like in the process table: the main process, then its children. */
const SERVICE_PROCS: Readonly<Record<string, readonly Shape[]>> = {
  'systemd-journald': [shape('systemd-journal', '/lib/systemd/systemd-journald', 'root', 49_300, 17_400)],
  'systemd-logind': [shape('systemd-logind', '/lib/systemd/systemd-logind', 'root', 17_000, 7_800)],
  cron: [shape('cron', '/usr/sbin/cron -f', 'root', 6_600, 2_700)],
  ssh: [shape('sshd', 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups', 'root', 15_432, 9_100)],
  'unattended-upgrades': [
    shape(
      'unattended-upgr',
      '/usr/bin/python3 /usr/share/unattended-upgrades/unattended-upgrade-shutdown --wait-for-signal',
      'root',
      119_400,
      22_100,
    ),
  ],
  nginx: [
    shape(
      'nginx',
      'nginx: master process /usr/sbin/nginx -g daemon on; master_process on;',
      'root',
      55_200,
      1_600,
    ),
    shape('nginx', 'nginx: worker process', 'www-data', 55_900, 5_600),
    shape('nginx', 'nginx: worker process', 'www-data', 55_900, 5_500),
  ],
  loja: [shape('python3', '/usr/bin/python3 -m loja', 'loja', 211_000, 48_200)],
  'postgresql@15-main': [
    shape(
      'postgres',
      `${PG} -D /var/lib/postgresql/15/main -c config_file=/etc/postgresql/15/main/postgresql.conf`,
      'postgres',
      217_400,
      29_800,
    ),
    ...PG_WORKERS.map((w) => shape('postgres', `postgres: 15/main: ${w} `, 'postgres', 217_500, 6_200, 'Ss')),
  ],
  rsync: [shape('rsync', '/usr/bin/rsync --daemon --no-detach', 'root', 6_200, 2_300)],
};

/** The unit's own ExecStart when the unit file says it (so a changed unit shows up in ps). */
function execStart(server: Server, unit: string): { args: string; user: string } | undefined {
  const node = server.fs[`/lib/systemd/system/${unit}.service`];
  if (node?.kind !== 'file') return undefined;
  const exec = /^ExecStart=[-@+!]*(.+)$/m.exec(node.content)?.[1];
  const user = /^User=(.+)$/m.exec(node.content)?.[1];
  return exec ? { args: exec.trim(), user: user?.trim() ?? 'root' } : undefined;
}

/** The processes a running unit has; `postgresql` is a oneshot wrapper that leaves nothing running. */
export function shapesOf(server: Server, unit: string): readonly Shape[] {
  if (unit === 'postgresql') return [];
  const known = SERVICE_PROCS[unit];
  if (known) {
    const exec = unit === 'loja' ? execStart(server, unit) : undefined;
    return exec && known[0] ? [{ ...known[0], ...exec }, ...known.slice(1)] : known;
  }
  const exec = execStart(server, unit);
  const args = exec?.args ?? `/usr/sbin/${unit}`;
  const comm = (args.split(' ')[0] ?? unit).split('/').pop() ?? unit;
  return [shape(comm.slice(0, 15), args, exec?.user ?? 'root', 12_000, 4_100)];
}

export const SHAPES = {
  init: shape('systemd', '/sbin/init', 'root', 167_732, 12_872, 'Ss'),
  udevd: shape('systemd-udevd', '/lib/systemd/systemd-udevd', 'root', 25_900, 6_400, 'Ss'),
  getty: shape('agetty', '/sbin/agetty -o -p -- \\u --noclear - linux', 'root', 5_900, 1_900, 'Ss+'),
  bash: (user: string) => shape('bash', '-bash', user, 8_300, 5_200),
  sudo: (args: string) => shape('sudo', `sudo ${args}`, 'root', 11_000, 5_600),
  sshdPriv: (user: string) => shape('sshd', `sshd: ${user} [priv]`, 'root', 17_300, 10_600, 'Ss'),
  sshdUser: (user: string, tty: string) => shape('sshd', `sshd: ${user}@${tty}`, user, 17_500, 6_800, 'S'),
  userSystemd: (user: string) => shape('systemd', '/lib/systemd/systemd --user', user, 18_900, 10_200, 'Ss'),
  sdPam: (user: string) => shape('(sd-pam)', '(sd-pam)', user, 103_000, 3_200, 'S'),
  command: (user: string, args: string) => shape(args.split(' ')[0] ?? args, args, user, 11_200, 4_000, 'R+'),
};
