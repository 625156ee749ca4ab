import type { FsNode, User } from '../model/types';

/**
 * The golden image every server is provisioned from: a minimal Debian 12 install as the team built it when
 * the fleet was created. Versions are the bookworm point release of that day; everything newer arrived later,
 * in place.
 */
export const IMAGE_PACKAGES: Readonly<Record<string, string>> = {
  apt: '2.6.1',
  bash: '5.2.15-2+b2',
  'ca-certificates': '20230311',
  coreutils: '9.1-1',
  cron: '3.0pl1-162',
  curl: '7.88.1-10',
  dpkg: '1.21.21',
  init: '1.65.2',
  libc6: '2.36-9',
  libcurl4: '7.88.1-10',
  libssl3: '3.0.11-1~deb12u2',
  'linux-image-6.1.0-18-amd64': '6.1.76-1',
  'linux-image-amd64': '6.1.76-1',
  logrotate: '3.21.0-1',
  nano: '7.2-1',
  needrestart: '3.6-4',
  'openssh-client': '1:9.2p1-2',
  'openssh-server': '1:9.2p1-2',
  openssl: '3.0.11-1~deb12u2',
  python3: '3.11.2-1+b1',
  'python3-minimal': '3.11.2-1+b1',
  sudo: '1.9.13p3-1+deb12u1',
  systemd: '252.19-1~deb12u1',
  'systemd-sysv': '252.19-1~deb12u1',
  tzdata: '2023c-5+deb12u1',
  'unattended-upgrades': '2.9.1+nmu3',
  vim: '2:9.0.1378-2',
  zlib1g: '1:1.2.13.dfsg-1',
};

export const IMAGE_KERNEL = '6.1.0-18-amd64';
export const OS_PRETTY_NAME = 'Debian GNU/Linux 12 (bookworm)';

/** Units the image runs whatever the role (the rest come from packages the role adds). */
export const IMAGE_SERVICES = ['ssh', 'cron', 'unattended-upgrades', 'systemd-journald', 'systemd-logind'];

export const IMAGE_USERS: Readonly<Record<string, User>> = {
  root: { uid: 0, gid: 0, home: '/root', shell: '/bin/bash', groups: ['root'] },
  aluno: { uid: 1000, gid: 1000, home: '/home/aluno', shell: '/bin/bash', groups: ['aluno', 'adm', 'sudo'] },
  // A colleague with sudo: missions replay her changes (the lesson's 3 a.m. hotfix) through the real shell.
  joana: { uid: 1001, gid: 1001, home: '/home/joana', shell: '/bin/bash', groups: ['joana', 'adm', 'sudo'] },
};

const OS_RELEASE = `PRETTY_NAME="${OS_PRETTY_NAME}"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.
[ -z "$PS1" ] && return
HISTCONTROL=ignoreboth
HISTSIZE=1000
alias ls='ls --color=auto'
alias ll='ls -l'
`;

export function dir(mtime: number, owner = 'root', mode = 0o755, group = owner): FsNode {
  return { kind: 'dir', owner, group, mode, mtime };
}

export function file(content: string, mtime: number, owner = 'root', mode = 0o644, group = owner): FsNode {
  return { kind: 'file', content, owner, group, mode, mtime };
}

const IMAGE_DIRS = [
  '/usr/share/doc',
  '/',
  '/bin',
  '/boot',
  '/etc',
  '/etc/apt',
  '/etc/apt/apt.conf.d',
  '/etc/apt/sources.list.d',
  '/etc/cron.d',
  '/etc/ssh',
  '/etc/ssl',
  '/etc/ssl/certs',
  '/etc/systemd',
  '/etc/systemd/system',
  '/home',
  '/lib',
  '/lib/systemd',
  '/lib/systemd/system',
  '/opt',
  '/run',
  '/srv',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/backups',
  '/var/cache',
  '/var/lib',
  '/var/lib/dpkg',
  '/var/log',
  '/var/log/apt',
  '/var/tmp',
];

/** Files and directories of the image that depend only on the host's identity. */
export function imageFs(hostname: string, ip: string, mtime: number): Record<string, FsNode> {
  const fs: Record<string, FsNode> = {};
  for (const path of IMAGE_DIRS) fs[path] = dir(mtime);
  fs['/root'] = dir(mtime, 'root', 0o700);
  fs['/tmp'] = dir(mtime, 'root', 0o1777);
  fs['/var/tmp'] = dir(mtime, 'root', 0o1777);
  fs['/etc/ssl/private'] = dir(mtime, 'root', 0o710, 'ssl-cert');
  fs['/home/aluno'] = dir(mtime, 'aluno');
  fs['/home/aluno/.bashrc'] = file(BASHRC, mtime, 'aluno');
  fs['/home/aluno/.profile'] = file(
    '# ~/.profile: executed by the login shell.\n. "$HOME/.bashrc"\n',
    mtime,
    'aluno',
  );
  fs['/etc/hostname'] = file(`${hostname}\n`, mtime);
  fs['/etc/os-release'] = file(OS_RELEASE, mtime);
  fs['/etc/debian_version'] = file('12.5\n', mtime);
  fs['/etc/hosts'] = file(`127.0.0.1\tlocalhost\n${ip}\t${hostname}.lab.internal\t${hostname}\n`, mtime);
  fs['/etc/passwd'] = file(
    'root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\naluno:x:1000:1000:Aluno,,,:/home/aluno:/bin/bash\n',
    mtime,
  );
  fs['/etc/shadow'] = file(
    'root:*:19800:0:99999:7:::\naluno:!:19800:0:99999:7:::\n',
    mtime,
    'root',
    0o640,
    'shadow',
  );
  fs['/etc/group'] = file(
    'root:x:0:\nadm:x:4:aluno\nsudo:x:27:aluno\nwww-data:x:33:\naluno:x:1000:\n',
    mtime,
  );
  fs['/etc/sudoers'] = file(
    'Defaults\tenv_reset\nroot\tALL=(ALL:ALL) ALL\n%sudo\tALL=(ALL:ALL) NOPASSWD: ALL\n',
    mtime,
    'root',
    0o440,
  );
  fs['/var/log/syslog'] = file('', mtime, 'root', 0o640, 'adm');
  fs['/var/log/auth.log'] = file('', mtime, 'root', 0o640, 'adm');
  fs['/var/log/apt/history.log'] = file('', mtime);
  fs['/var/log/dpkg.log'] = file('', mtime);
  return fs;
}
