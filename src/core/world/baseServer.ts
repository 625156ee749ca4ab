import type { FsNode, Role, Server, Service } from '../model/types';

/** What a scenario says about one server; the rest is filled in as a fresh Debian 12 install. */
export interface ServerSpec {
  hostname: string;
  env: string;
  role: Role;
  ip: string;
}

const KERNEL = '6.1.0-18-amd64';
const OS_PRETTY = 'Debian GNU/Linux 12 (bookworm)';

const OS_RELEASE = `PRETTY_NAME="${OS_PRETTY}"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const NGINX_CONF = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
include /etc/nginx/modules-enabled/*.conf;

events {
\tworker_connections 768;
}

http {
\tsendfile on;
\ttcp_nopush on;
\ttypes_hash_max_size 2048;
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\tssl_protocols TLSv1.2 TLSv1.3;
\tssl_prefer_server_ciphers on;
\taccess_log /var/log/nginx/access.log;
\terror_log /var/log/nginx/error.log;
\tgzip on;
\tinclude /etc/nginx/conf.d/*.conf;
\tinclude /etc/nginx/sites-enabled/*;
}
`;

const SITE_DEFAULT = `server {
\tlisten 80 default_server;
\tlisten [::]:80 default_server;
\troot /var/www/html;
\tindex index.html;
\tserver_name _;
\tlocation / {
\t\ttry_files $uri $uri/ =404;
\t}
}
`;

function dir(owner = 'root', mode = 0o755): FsNode {
  return { kind: 'dir', owner, group: owner, mode, mtime: 0 };
}

function file(content: string, owner = 'root', mode = 0o644): FsNode {
  return { kind: 'file', content, owner, group: owner, mode, mtime: 0 };
}

function baseFs(spec: ServerSpec): Record<string, FsNode> {
  const fs: Record<string, FsNode> = {};
  for (const path of [
    '/',
    '/etc',
    '/home',
    '/root',
    '/tmp',
    '/var',
    '/var/log',
    '/usr',
    '/usr/bin',
    '/opt',
  ]) {
    fs[path] = dir();
  }
  fs['/root'] = dir('root', 0o700);
  fs['/tmp'] = dir('root', 0o1777);
  fs['/home/aluno'] = dir('aluno');
  fs['/home/aluno/.bashrc'] = file('# ~/.bashrc: executed by bash(1) for non-login shells.\n', 'aluno');
  fs['/etc/hostname'] = file(`${spec.hostname}\n`);
  fs['/etc/os-release'] = file(OS_RELEASE);
  fs['/etc/hosts'] = file(
    `127.0.0.1\tlocalhost\n${spec.ip}\t${spec.hostname}.lab.internal\t${spec.hostname}\n`,
  );
  fs['/etc/debian_version'] = file('12.5\n');
  fs['/var/log/syslog'] = file('', 'root', 0o640);
  return fs;
}

function nginxFs(fs: Record<string, FsNode>): void {
  fs['/etc/nginx'] = dir();
  fs['/etc/nginx/nginx.conf'] = file(NGINX_CONF);
  fs['/etc/nginx/sites-available'] = dir();
  fs['/etc/nginx/sites-enabled'] = dir();
  fs['/etc/nginx/sites-available/default'] = file(SITE_DEFAULT);
  fs['/etc/nginx/sites-enabled/default'] = file(SITE_DEFAULT);
  fs['/var/log/nginx'] = dir('root');
  fs['/var/www'] = dir();
  fs['/var/www/html'] = dir();
  fs['/var/www/html/index.html'] = file('<h1>Welcome to nginx!</h1>\n');
}

function nginxService(): Service {
  return {
    package: 'nginx',
    description: 'A high performance web server and a reverse proxy server',
    enabled: true,
    active: 'active',
    since: 0,
    loaded: { libssl3: '3.0.11-1~deb12u2' },
    journal: [],
  };
}

/** A freshly provisioned Debian 12 server for `spec`, as the golden image would produce it. */
export function baseServer(spec: ServerSpec): Server {
  const fs = baseFs(spec);
  const services: Record<string, Service> = {};
  const packages: Server['packages'] = {
    bash: { version: '5.2.15-2+b2', held: false },
    'openssh-server': { version: '1:9.2p1-2+deb12u2', held: false },
    libssl3: { version: '3.0.11-1~deb12u2', held: false },
    sudo: { version: '1.9.13p3-1+deb12u1', held: false },
  };
  if (spec.role === 'web' || spec.role === 'lb') {
    nginxFs(fs);
    packages.nginx = { version: '1.22.1-9', held: false };
    services.nginx = nginxService();
  }
  return {
    hostname: spec.hostname,
    env: spec.env,
    role: spec.role,
    ip: spec.ip,
    osPrettyName: OS_PRETTY,
    kernel: { running: KERNEL, installed: KERNEL },
    bootedAt: 0,
    power: 'on',
    reachable: true,
    packages,
    fs,
    services,
    users: {
      root: { uid: 0, gid: 0, home: '/root', shell: '/bin/bash', groups: ['root'] },
      aluno: { uid: 1000, gid: 1000, home: '/home/aluno', shell: '/bin/bash', groups: ['aluno', 'sudo'] },
    },
    disk: { totalMb: 20480, usedMb: 3100 },
  };
}
