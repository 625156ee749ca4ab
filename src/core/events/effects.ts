import type { BackgroundEventKind, ScheduledEvent, Server, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';
import { restartUnit, securityCandidate, upgradeInPlace, writeFile } from './apply';
import { cronTarget, DISK_HOGS, HOTFIX } from './defaults';
import { appendLog, appendSyslog, aptDate, aptHistoryBlock, isoDate } from './logs';

/**
 * What each background event does to its host, as someone other than the learner, with the traces it
 * leaves in the logs. `world.now` is the event's time when an effect runs.
 */

type Effect = (world: World, server: Server, event: ScheduledEvent) => World;

/** A pid that looks like one and is the same on every replay. */
function pid(at: number, base: number): number {
  return base + (Math.floor(at / 1000) % 30_000);
}

function logOn(world: World, host: string, change: (server: Server, now: number) => Server): World {
  return updateServer(world, host, (server) => change(server, world.now));
}

/** A colleague logs in at night, edits a managed config by hand and restarts the service. */
const hotfix: Effect = (world, server, event) => {
  const { path, find, replace, unit } = { ...HOTFIX, ...event.params };
  const user = event.params.user ?? 'joana';
  const node = server.fs[path];
  if (node?.kind !== 'file') return world;
  const content =
    find && node.content.includes(find) ? node.content.replace(find, replace) : `${node.content}${replace}\n`;
  const host = server.hostname;
  const at = world.now;
  let next = logOn(world, host, (s, now) =>
    appendSyslog(
      s,
      now,
      [
        [
          `sshd[${pid(at, 20_000)}]`,
          `Accepted publickey for ${user} from 10.0.0.10 port 52144 ssh2: ED25519 SHA256:q1Jm0…`,
        ],
        [`sudo`, `   ${user} : TTY=pts/1 ; PWD=/home/${user} ; USER=root ; COMMAND=/usr/bin/vim ${path}`],
        ...(unit
          ? [
              [
                'sudo',
                `   ${user} : TTY=pts/1 ; PWD=/home/${user} ; USER=root ; COMMAND=/usr/bin/systemctl restart ${unit}`,
              ] as const,
            ]
          : []),
      ],
      '/var/log/auth.log',
    ),
  );
  next = writeFile(next, host, path, content, { user, command: `sudo vim ${path}` });
  if (!unit || !server.services[unit]) return next;
  next = restartUnit(next, host, unit, { user, command: `sudo systemctl restart ${unit}` });
  const description = server.services[unit]?.description ?? unit;
  return logOn(next, host, (s, now) =>
    appendSyslog(s, now, [
      ['systemd[1]', `Stopping ${unit}.service - ${description}...`],
      ['systemd[1]', `Stopped ${unit}.service - ${description}.`],
      ['systemd[1]', `Started ${unit}.service - ${description}.`],
    ]),
  );
};

const UU_ACTOR: Actor = { user: 'root', command: '/usr/bin/unattended-upgrade' };
const DAILY_UPGRADE = 'apt-daily-upgrade.service - Daily apt upgrade and clean activities';

/** The unattended-upgrades job installs the newest security updates; running services keep the old libraries. */
const unattendedUpgrades: Effect = (world, server, event) => {
  const names = (event.params.packages ?? 'libssl3 openssl').split(/[\s,]+/).filter(Boolean);
  const upgrades = names.flatMap((name) => {
    const to = securityCandidate(server, name);
    const from = server.packages[name]?.version;
    return to && from ? [[name, from, to] as const] : [];
  });
  const host = server.hostname;
  const at = world.now;
  const end = at + 6_000;
  const stamp = `${aptDate(at).replace('  ', ' ')},${String(at % 1000).padStart(3, '0')}`;
  const uuLog = [
    `${stamp} INFO Starting unattended upgrades script`,
    `${stamp} INFO Allowed origins are: origin=Debian,codename=bookworm,label=Debian-Security, origin=Debian,codename=bookworm-security,label=Debian-Security`,
    upgrades.length
      ? `${stamp} INFO Packages that will be upgraded: ${upgrades.map(([n]) => n).join(' ')}`
      : `${stamp} INFO No packages found that can be upgraded unattended and no pending auto-removals`,
    ...(upgrades.length ? [`${stamp} INFO All upgrades installed`] : []),
  ];
  let next = logOn(world, host, (s, now) => {
    let out = appendSyslog(s, now, [['systemd[1]', `Starting ${DAILY_UPGRADE}...`]]);
    out = appendLog(
      out,
      '/var/log/unattended-upgrades/unattended-upgrades.log',
      `${uuLog.join('\n')}\n`,
      now,
    );
    if (!upgrades.length) return out;
    out = appendLog(
      out,
      '/var/log/apt/history.log',
      aptHistoryBlock(at, end, UU_ACTOR.command, upgrades),
      now,
    );
    const dpkg = upgrades.map(
      ([n, f, t]) => `${aptDate(at).replace('  ', ' ')} upgrade ${n}:amd64 ${f} ${t}\n`,
    );
    return appendLog(out, '/var/log/dpkg.log', dpkg.join(''), now);
  });
  next = upgradeInPlace(next, host, upgrades, UU_ACTOR);
  return logOn(next, host, (s, now) =>
    appendSyslog(s, now, [
      ['systemd[1]', 'apt-daily-upgrade.service: Deactivated successfully.'],
      ['systemd[1]', `Finished ${DAILY_UPGRADE}.`],
    ]),
  );
};

/** A cron job someone installed long ago overwrites a file, whatever anyone changed in it. */
const cronRewrite: Effect = (world, server, event) => {
  const target = { ...cronTarget(server), ...event.params };
  const job = `/etc/cron.d/${target.script.replace(/^.*\//, '').replace(/\.sh$/, '')}`;
  const actor: Actor = { user: 'root', command: target.script };
  const host = server.hostname;
  let next = world;
  if (!server.fs[job])
    next = writeFile(
      next,
      host,
      job,
      `# m h dom mon dow user command\n17 3 * * * root ${target.script} >/dev/null 2>&1\n`,
      {
        user: 'root',
        command: `install -m 644 /dev/stdin ${job}`,
      },
    );
  next = logOn(next, host, (s, now) =>
    appendSyslog(s, now, [[`CRON[${pid(now, 3_000)}]`, `(root) CMD (${target.script} >/dev/null 2>&1)`]]),
  );
  return writeFile(next, host, target.path, target.content, actor);
};

/** A log grows until the disk is (by default) 98.5 % full; no space is freed until someone looks. */
const diskFill: Effect = (world, server, event) => {
  const hog = DISK_HOGS[server.role];
  const path = event.params.path ?? hog.path;
  const percent = Math.min(100, Math.max(0, Number(event.params.percent ?? '98.5') || 98.5));
  const { totalMb, usedMb } = server.disk;
  const target = Math.max(usedMb, Math.ceil((totalMb * percent) / 100));
  const host = server.hostname;
  const sample = `${hog.line(aptDate(world.now).replace('  ', ' '))}\n`.repeat(20);
  let next = logOn(world, host, (s, now) => appendLog(s, path, sample, now));
  next = updateServer(next, host, (s) => ({ ...s, disk: { ...s.disk, usedMb: target } }));
  const used = (mb: number) => `${mb} MB used of ${totalMb} MB`;
  const after = `${used(target)} (${path} +${target - usedMb} MB)`;
  return record(next, host, { user: hog.user, command: hog.command }, 'disk:/', used(usedMb), after);
};

/** The certificate's validity ends: nobody touched it, which is the point. */
const certExpire: Effect = (world, server, event) => {
  const path = event.params.path ?? Object.keys(server.certificates)[0];
  const cert = path ? server.certificates[path] : undefined;
  if (!path || !cert) return world;
  const notAfter = Math.min(cert.notAfter, world.now - 1);
  if (notAfter === cert.notAfter) return world;
  const next = updateServer(world, server.hostname, (s) => ({
    ...s,
    certificates: { ...s.certificates, [path]: { ...cert, notAfter } },
  }));
  return record(
    next,
    server.hostname,
    { user: 'root', command: '(certificate validity ended)' },
    `certificate:${path}`,
    isoDate(cert.notAfter),
    isoDate(notAfter),
  );
};

/** The host stops answering on the network (the machine itself keeps running). */
const unreachable: Effect = (world, server) => {
  if (!server.reachable) return world;
  const host = server.hostname;
  let next = logOn(world, host, (s, now) =>
    appendSyslog(s, now, [['systemd-networkd[412]', 'ens18: Lost carrier']]),
  );
  next = updateServer(next, host, (s) => ({ ...s, reachable: false }));
  return record(
    next,
    host,
    { user: 'root', command: '(network link down)' },
    'host:network',
    'reachable',
    'unreachable',
  );
};

export const EFFECTS: Readonly<Record<BackgroundEventKind, Effect>> = {
  hotfix,
  'unattended-upgrades': unattendedUpgrades,
  'cron-rewrite': cronRewrite,
  'disk-fill': diskFill,
  'cert-expire': certExpire,
  unreachable,
};

/** Kinds that need someone to reach the host; the others happen on it (or to it) regardless. */
const NEEDS_LOGIN: ReadonlySet<BackgroundEventKind> = new Set(['hotfix']);

/** Applies one event to its host; an unknown host, or one the actor cannot reach, makes it a no-op. */
export function applyEvent(world: World, event: ScheduledEvent): World {
  const server = Object.hasOwn(world.servers, event.host) ? world.servers[event.host] : undefined;
  if (!server) return world;
  if (server.power === 'off' && event.kind !== 'cert-expire') return world;
  if (!server.reachable && NEEDS_LOGIN.has(event.kind)) return world;
  return EFFECTS[event.kind](world, server, event);
}
