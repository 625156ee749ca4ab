import type { BackgroundEventKind, ScheduledEvent, Server, World } from '../model/types';
import { writeFile } from '../ops/files';
import { logDate } from '../ops/outcome';
import { aptInstall } from '../ops/packages';
import { restartService } from '../ops/services';
import { setCertificateExpiry, setDiskUsage, setReachable } from '../ops/system';
import { type Actor, updateServer } from '../world/update';
import { locally, securityCandidate } from './apply';
import { cronTarget, DISK_HOGS, HOTFIX } from './defaults';
import { appendLog, appendSyslog } from './logs';

/**
 * What each background event does to its host, as someone other than the learner, through the same
 * operations the learner's commands use (so the ledger records them), plus the traces they leave in the
 * logs. `world.now` is the event's time when an effect runs.
 */

type Effect = (world: World, server: Server, event: ScheduledEvent) => World;

/** A pid that looks like one and is the same on every replay. */
function pid(at: number, base: number): number {
  return base + (Math.floor(at / 1000) % 30_000);
}

function logOn(world: World, host: string, change: (server: Server, now: number) => Server): World {
  return updateServer(world, host, (server) => change(server, world.now));
}

function sudoLine(user: string, command: string): [string, string] {
  return ['sudo', `   ${user} : TTY=pts/1 ; PWD=/home/${user} ; USER=root ; COMMAND=${command}`];
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
  const restart = Boolean(unit && server.services[unit]);
  let next = logOn(world, host, (s, now) =>
    appendSyslog(
      s,
      now,
      [
        [
          `sshd[${pid(now, 20_000)}]`,
          `Accepted publickey for ${user} from 10.0.0.10 port 52144 ssh2: ED25519`,
        ],
        sudoLine(user, `/usr/bin/vim ${path}`),
        ...(restart ? [sudoLine(user, `/usr/bin/systemctl restart ${unit}`)] : []),
      ],
      '/var/log/auth.log',
    ),
  );
  next = writeFile(next, host, path, content, { user, command: `sudo vim ${path}` }).world;
  if (!restart) return next;
  next = restartService(next, host, unit, { user, command: `sudo systemctl restart ${unit}` }).world;
  const journal = next.servers[host]?.services[unit]?.journal.filter((line) => line.time === world.now) ?? [];
  return logOn(next, host, (s, now) =>
    appendSyslog(
      s,
      now,
      journal.map((l) => ['systemd[1]', l.message]),
    ),
  );
};

const UU_ACTOR: Actor = { user: 'root', command: '/usr/bin/unattended-upgrade' };
const DAILY_UPGRADE = 'apt-daily-upgrade.service - Daily apt upgrade and clean activities';
const ORIGINS =
  'origin=Debian,codename=bookworm,label=Debian-Security, origin=Debian,codename=bookworm-security,label=Debian-Security';

/** The unattended-upgrades job installs the newest security updates; running services keep the old libraries. */
const unattendedUpgrades: Effect = (world, server, event) => {
  const names = (event.params.packages ?? 'libssl3 openssl').split(/[\s,]+/).filter(Boolean);
  const requests = names.flatMap((name) => {
    const version = securityCandidate(server, name);
    return version ? [{ name, version }] : [];
  });
  const host = server.hostname;
  const stamp = `${logDate(world.now)},${String(world.now % 1000).padStart(3, '0')}`;
  const log = [
    'INFO Starting unattended upgrades script',
    `INFO Allowed origins are: ${ORIGINS}`,
    requests.length
      ? `INFO Packages that will be upgraded: ${requests.map((r) => r.name).join(' ')}`
      : 'INFO No packages found that can be upgraded unattended and no pending auto-removals',
    ...(requests.length ? ['INFO All upgrades installed'] : []),
  ].map((line) => `${stamp} ${line}\n`);
  let next = logOn(world, host, (s, now) => {
    const started = appendSyslog(s, now, [['systemd[1]', `Starting ${DAILY_UPGRADE}...`]]);
    return appendLog(started, '/var/log/unattended-upgrades/unattended-upgrades.log', log.join(''), now);
  });
  if (requests.length) {
    const options = { actor: UU_ACTOR, assumeYes: true, holdsLock: true, commandline: UU_ACTOR.command };
    next = locally(next, host, (w) => {
      const all = aptInstall(w, host, requests, options);
      // Like unattended-upgrades, fall back to what can be upgraded alone (a held dependency blocks the rest).
      if (all.outcome.code === 'OK') return all.world;
      return requests.reduce((acc, r) => {
        const one = aptInstall(acc, host, [r], options);
        return one.outcome.code === 'OK' ? one.world : acc;
      }, w);
    });
  }
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
  const host = server.hostname;
  return locally(world, host, (w) => {
    let next = w;
    if (!server.fs[job]) {
      const line = `# m h dom mon dow user command\n17 3 * * * root ${target.script} >/dev/null 2>&1\n`;
      next = writeFile(next, host, job, line, {
        user: 'root',
        command: `install -m 644 /dev/stdin ${job}`,
      }).world;
    }
    next = logOn(next, host, (s, now) =>
      appendSyslog(s, now, [[`CRON[${pid(now, 3_000)}]`, `(root) CMD (${target.script} >/dev/null 2>&1)`]]),
    );
    return writeFile(next, host, target.path, target.content, { user: 'root', command: target.script }).world;
  });
};

/** A log grows until the disk is (by default) 98.5 % full; no space is freed until someone looks. */
const diskFill: Effect = (world, server, event) => {
  const hog = DISK_HOGS[server.role];
  const path = event.params.path ?? hog.path;
  const percent = Math.min(100, Math.max(0, Number(event.params.percent ?? '98.5') || 98.5));
  const target = Math.max(server.disk.usedMb, Math.ceil((server.disk.totalMb * percent) / 100));
  const actor = { user: hog.user, command: hog.command };
  const sample = `${hog.line(logDate(world.now))}\n`.repeat(20);
  return locally(world, server.hostname, (w) => {
    const logged = writeFile(w, server.hostname, path, sample, actor, { append: true }).world;
    return setDiskUsage(logged, server.hostname, target, actor).world;
  });
};

const DAY_MS = 86_400_000;

/**
 * The certificate's validity ends (or, with `days`, will end that many days from now): nobody touched it,
 * which is the point. It only ever comes closer; a certificate that already ends sooner is left alone.
 */
const certExpire: Effect = (world, server, event) => {
  const path = event.params.path ?? Object.keys(server.certificates)[0];
  const cert = path ? server.certificates[path] : undefined;
  const days = Math.max(0, Math.floor(Number(event.params.days ?? '0') || 0));
  const notAfter = days > 0 ? world.now + days * DAY_MS : world.now - 1;
  if (!path || !cert || cert.notAfter <= notAfter) return world;
  const actor = {
    user: 'root',
    command: days > 0 ? `(certificate validity cut to ${days} days)` : '(certificate validity ended)',
  };
  return setCertificateExpiry(world, server.hostname, path, notAfter, actor).world;
};

/** The host stops answering on the network (the machine itself keeps running and logs it). */
const unreachable: Effect = (world, server) => {
  if (!server.reachable) return world;
  const host = server.hostname;
  const logged = logOn(world, host, (s, now) =>
    appendSyslog(s, now, [['systemd-networkd[412]', 'ens18: Lost carrier']]),
  );
  return setReachable(logged, host, false, { user: 'root', command: '(network link down)' }).world;
};

export const EFFECTS: Readonly<Record<BackgroundEventKind, Effect>> = {
  hotfix,
  'unattended-upgrades': unattendedUpgrades,
  'cron-rewrite': cronRewrite,
  'disk-fill': diskFill,
  'cert-expire': certExpire,
  unreachable,
};

/** Kinds that need someone to reach the host over the network; the others happen on the host itself. */
const NEEDS_LOGIN: ReadonlySet<BackgroundEventKind> = new Set(['hotfix']);

/** Applies one event to its host; an unknown or powered-off host, or one the actor cannot reach, is left as is. */
export function applyEvent(world: World, event: ScheduledEvent): World {
  const server = Object.hasOwn(world.servers, event.host) ? world.servers[event.host] : undefined;
  if (!server) return world;
  if (server.power === 'off' && event.kind !== 'cert-expire') return world;
  if (!server.reachable && NEEDS_LOGIN.has(event.kind)) return world;
  return EFFECTS[event.kind](world, server, event);
}
