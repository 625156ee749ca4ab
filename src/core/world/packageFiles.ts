import type { FsNode } from '../model/types';
import { dir, file } from './image';

/**
 * The files a package puts on disk that matter to the lab (`dpkg -L`, `which`, `ls /etc/nginx`), and the
 * unit descriptions systemd prints. Not every file of the real package: the ones a learner would look at.
 */

const BINARIES: Readonly<Record<string, readonly string[]>> = {
  bash: ['/bin/bash'],
  coreutils: [
    '/bin/cat',
    '/bin/ls',
    '/bin/cp',
    '/bin/mv',
    '/bin/rm',
    '/bin/mkdir',
    '/usr/bin/sort',
    '/usr/bin/wc',
  ],
  curl: ['/usr/bin/curl'],
  git: ['/usr/bin/git'],
  htop: ['/usr/bin/htop'],
  nano: ['/bin/nano'],
  vim: ['/usr/bin/vim.basic'],
  rsync: ['/usr/bin/rsync'],
  openssl: ['/usr/bin/openssl'],
  python3: ['/usr/bin/python3'],
  sudo: ['/usr/bin/sudo'],
  'openssh-client': ['/usr/bin/ssh', '/usr/bin/scp'],
  'openssh-server': ['/usr/sbin/sshd'],
  needrestart: ['/usr/sbin/needrestart'],
  nginx: ['/usr/sbin/nginx'],
  'nginx-core': ['/usr/sbin/nginx'],
  'postgresql-client-15': ['/usr/bin/psql'],
  'postgresql-15': ['/usr/lib/postgresql/15/bin/postgres'],
  'ansible-core': ['/usr/bin/ansible', '/usr/bin/ansible-playbook'],
  systemd: ['/bin/systemctl', '/bin/journalctl'],
  apt: ['/usr/bin/apt', '/usr/bin/apt-get', '/usr/bin/apt-cache', '/usr/bin/apt-mark'],
  dpkg: ['/usr/bin/dpkg'],
};

export const UNIT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  nginx: 'A high performance web server and a reverse proxy server',
  ssh: 'OpenBSD Secure Shell server',
  cron: 'Regular background program processing daemon',
  'unattended-upgrades': 'Unattended Upgrades Shutdown',
  loja: 'Loja online shop',
  postgresql: 'PostgreSQL RDBMS',
  'postgresql@15-main': 'PostgreSQL Cluster 15-main',
  'systemd-journald': 'Journal Service',
  'systemd-logind': 'User Login Management',
  rsync: 'fast remote file copy program daemon',
};

const MIME_TYPES = `types {
\ttext/html html htm shtml;
\ttext/css css;
\tapplication/javascript js;
\timage/png png;
\timage/svg+xml svg;
\tapplication/json json;
}
`;

const DEFAULT_SITE = `server {
\tlisten 80 default_server;
\tlisten [::]:80 default_server;
\troot /var/www/html;
\tindex index.html index.htm index.nginx-debian.html;
\tserver_name _;
\tlocation / {
\t\ttry_files $uri $uri/ =404;
\t}
}
`;

function unit(description: string, exec: string, user = 'root'): string {
  return `[Unit]\nDescription=${description}\nAfter=network.target\n\n[Service]\nUser=${user}\nExecStart=${exec}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`;
}

function elf(name: string): string {
  // Binaries are opaque; the control bytes show why `cat` on a binary is a bad idea (and stay escaped).
  return `\u007fELF\u0002\u0001\u0001\u0000\u0000 ${name} \u0000\u0000\u0003\u0000>\u0000\u0001\n`;
}

function nginxFiles(fs: Record<string, FsNode>, mtime: number, version: string): void {
  for (const d of [
    '/etc/nginx',
    '/etc/nginx/conf.d',
    '/etc/nginx/modules-enabled',
    '/etc/nginx/sites-available',
    '/etc/nginx/sites-enabled',
    '/var/log/nginx',
    '/var/www',
    '/var/www/html',
  ]) {
    fs[d] = dir(mtime);
  }
  fs['/etc/nginx/mime.types'] = file(MIME_TYPES, mtime);
  fs['/etc/nginx/sites-available/default'] = file(DEFAULT_SITE, mtime);
  fs['/etc/nginx/sites-enabled/default'] = file(DEFAULT_SITE, mtime);
  fs['/var/www/html/index.nginx-debian.html'] = file(
    '<!DOCTYPE html>\n<title>Welcome to nginx!</title>\n',
    mtime,
  );
  fs['/var/log/nginx/access.log'] = file('', mtime, 'www-data', 0o640, 'adm');
  fs['/var/log/nginx/error.log'] = file('', mtime, 'www-data', 0o640, 'adm');
  fs['/lib/systemd/system/nginx.service'] = file(
    unit(`nginx ${version}`, '/usr/sbin/nginx -g "daemon on; master_process on;"'),
    mtime,
  );
}

function lojaFiles(fs: Record<string, FsNode>, mtime: number, version: string): void {
  const release = `/opt/loja/releases/${version}`;
  for (const d of [
    '/opt/loja',
    '/opt/loja/releases',
    release,
    `${release}/loja`,
    '/opt/loja/static',
    '/etc/loja',
    '/var/log/loja',
  ]) {
    fs[d] = dir(mtime, d.startsWith('/var/log') ? 'loja' : 'root');
  }
  fs[`${release}/VERSION`] = file(`${version}\n`, mtime);
  fs[`${release}/loja/__init__.py`] = file(`__version__ = "${version}"\n`, mtime);
  fs[`${release}/loja/app.py`] = file('from loja import create_app\n\napp = create_app()\n', mtime);
  fs['/opt/loja/static/app.css'] = file('body { font-family: sans-serif; }\n', mtime);
  fs['/var/log/loja/loja.log'] = file('', mtime, 'loja', 0o640, 'adm');
  fs['/lib/systemd/system/loja.service'] = file(
    unit(
      'Loja online shop',
      `/usr/bin/python3 -m loja --config /etc/loja/loja.ini --release ${version}`,
      'loja',
    ),
    mtime,
  );
}

function postgresFiles(fs: Record<string, FsNode>, mtime: number): void {
  for (const d of ['/etc/postgresql', '/etc/postgresql/15', '/etc/postgresql/15/main', '/var/log/postgresql'])
    fs[d] = dir(mtime, 'postgres');
  fs['/var/lib/postgresql'] = dir(mtime, 'postgres');
  fs['/var/lib/postgresql/15'] = dir(mtime, 'postgres');
  fs['/var/lib/postgresql/15/main'] = dir(mtime, 'postgres', 0o700);
  fs['/var/log/postgresql/postgresql-15-main.log'] = file('', mtime, 'postgres', 0o640, 'adm');
}

// File nodes are immutable, so servers installing the same package at the same time share them.
const cache = new Map<string, Readonly<Record<string, FsNode>>>();

/** Files `name` at `version` installs, keyed by path. */
export function filesOfPackage(
  name: string,
  version: string,
  mtime: number,
): Readonly<Record<string, FsNode>> {
  const key = `${name}\u0000${version}\u0000${mtime}`;
  let files = cache.get(key);
  if (!files) {
    files = buildPackageFiles(name, version, mtime);
    if (cache.size > 5000) cache.clear();
    cache.set(key, files);
  }
  return files;
}

/** The interpreter python3-minimal ships is named after its minor version: 3.12.7-1~lab1 → python3.12. */
function binariesOf(name: string, version: string): readonly string[] {
  if (name !== 'python3-minimal') return BINARIES[name] ?? [];
  const minor = /^(?:\d+:)?(\d+\.\d+)/.exec(version)?.[1];
  return minor ? [`/usr/bin/python${minor}`] : [];
}

function buildPackageFiles(name: string, version: string, mtime: number): Record<string, FsNode> {
  const fs: Record<string, FsNode> = {};
  for (const bin of binariesOf(name, version)) fs[bin] = file(elf(bin), mtime, 'root', 0o755);
  fs[`/usr/share/doc/${name}`] = dir(mtime);
  fs[`/usr/share/doc/${name}/copyright`] = file(`Upstream-Name: ${name}\nVersion: ${version}\n`, mtime);
  if (name === 'nginx' || name === 'nginx-common') nginxFiles(fs, mtime, version);
  if (name === 'loja') lojaFiles(fs, mtime, version);
  if (name === 'postgresql-15') postgresFiles(fs, mtime);
  if (name === 'ansible-core') fs['/etc/ansible'] = dir(mtime);
  return fs;
}
