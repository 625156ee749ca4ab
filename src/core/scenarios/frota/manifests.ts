import type { ManagedFile, Manifest, Role } from '../../model/types';
import {
  AUTO_UPGRADES_OFF,
  LB_SITE,
  LOJA_INI,
  NGINX_CONF,
  PG_HBA,
  POSTGRESQL_CONF,
  SSHD_CONFIG,
  UNATTENDED_UPGRADES,
  WEB_SITE,
} from './configs';

const root = (content: string, mode = 0o644): ManagedFile => ({
  content,
  owner: 'root',
  group: 'root',
  mode,
});

const CERT = '-----BEGIN CERTIFICATE-----\nMIIDlab…loja.lab.internal…\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\n(lab key, not a real secret)\n-----END PRIVATE KEY-----\n';

/** Every role manages sshd and the automatic-upgrade policy: upgrades are the team's job, not cron's. */
const COMMON_FILES: Record<string, ManagedFile> = {
  '/etc/ssh/sshd_config': root(SSHD_CONFIG),
  '/etc/apt/apt.conf.d/50unattended-upgrades': root(UNATTENDED_UPGRADES),
  '/etc/apt/apt.conf.d/20auto-upgrades': root(AUTO_UPGRADES_OFF),
};

const TLS_FILES: Record<string, ManagedFile> = {
  '/etc/ssl/certs/loja.pem': root(CERT),
  '/etc/ssl/private/loja.key': { content: KEY, owner: 'root', group: 'ssl-cert', mode: 0o640 },
};

const NGINX_PACKAGES = { nginx: '1.22.1-9', 'nginx-common': '1.22.1-9', 'nginx-core': '1.22.1-9' };

/** The release the whole fleet should run, and the schema it needs. */
export const LOJA_RELEASE = '2.3.0';
export const LOJA_SCHEMA = 7;

/** Desired state per role for the `frota` scenario. */
export function frotaManifests(): Record<Role, Manifest> {
  return {
    bastion: {
      role: 'bastion',
      packages: { 'ansible-core': '2.14.3-1' },
      files: { ...COMMON_FILES, '/etc/ansible/hosts': root('{{inventory}}') },
      services: {},
      managedDirs: ['/etc/ansible'],
    },
    lb: {
      role: 'lb',
      packages: { ...NGINX_PACKAGES },
      files: {
        ...COMMON_FILES,
        ...TLS_FILES,
        '/etc/nginx/nginx.conf': root(NGINX_CONF),
        '/etc/nginx/sites-available/loja': root(LB_SITE),
        '/etc/nginx/sites-enabled/loja': root(LB_SITE),
      },
      services: { nginx: { enabled: true, state: 'running' } },
      managedDirs: ['/etc/nginx/sites-enabled', '/etc/nginx/conf.d'],
    },
    web: {
      role: 'web',
      packages: { ...NGINX_PACKAGES, loja: LOJA_RELEASE, libpq5: '15.3-0+deb12u1' },
      files: {
        ...COMMON_FILES,
        ...TLS_FILES,
        '/etc/nginx/nginx.conf': root(NGINX_CONF),
        '/etc/nginx/sites-available/loja': root(WEB_SITE),
        '/etc/nginx/sites-enabled/loja': root(WEB_SITE),
        '/etc/loja/loja.ini': { content: LOJA_INI, owner: 'root', group: 'loja', mode: 0o640 },
      },
      services: { nginx: { enabled: true, state: 'running' }, loja: { enabled: true, state: 'running' } },
      managedDirs: ['/etc/nginx/sites-enabled', '/etc/nginx/conf.d', '/etc/loja'],
    },
    db: {
      role: 'db',
      packages: {
        'postgresql-15': '15.3-0+deb12u1',
        'postgresql-client-15': '15.3-0+deb12u1',
        'postgresql-common': '248',
        libpq5: '15.3-0+deb12u1',
      },
      files: {
        ...COMMON_FILES,
        '/etc/postgresql/15/main/postgresql.conf': {
          content: POSTGRESQL_CONF,
          owner: 'postgres',
          group: 'postgres',
          mode: 0o644,
        },
        '/etc/postgresql/15/main/pg_hba.conf': {
          content: PG_HBA,
          owner: 'postgres',
          group: 'postgres',
          mode: 0o640,
        },
      },
      services: {
        postgresql: { enabled: true, state: 'running' },
        'postgresql@15-main': { enabled: true, state: 'running' },
      },
      managedDirs: ['/etc/postgresql/15/main'],
      database: { schemaVersion: LOJA_SCHEMA },
    },
  };
}
