import { describe, expect, it } from 'vitest';
import { canStart, LOJA_INI } from './canStart';
import { editFile, freshFrota, server, setFile, setPackages, withNginx126 } from './testkit';

const SITE = '/etc/nginx/sites-enabled/loja';
const NGINX = 'A high performance web server and a reverse proxy server';

describe('canStart', () => {
  it('lets every unit of the provisioned fleet start', () => {
    const world = freshFrota();
    for (const host of world.order) {
      const s = server(world, host);
      for (const unit of Object.keys(s.services)) {
        expect(canStart(s, unit, { hosts: world.order }), `${host} ${unit}`).toEqual({ ok: true });
      }
    }
  });

  it('refuses nginx when `nginx -t` fails, with the journal and systemctl lines of a real failure', () => {
    const check = canStart(server(withNginx126(freshFrota(), 'web-01'), 'web-01'), 'nginx.service');
    expect(check).toEqual({
      ok: false,
      code: 'NGINX_CONFIG_INVALID',
      params: { unit: 'nginx', file: SITE, line: 4 },
      exitCode: 1,
      journal: [
        `Starting nginx.service - ${NGINX}...`,
        'nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:4',
        'nginx: configuration file /etc/nginx/nginx.conf test failed',
        'nginx.service: Control process exited, code=exited, status=1/FAILURE',
        "nginx.service: Failed with result 'exit-code'.",
        `Failed to start nginx.service - ${NGINX}.`,
      ],
      systemctl: [
        'Job for nginx.service failed because the control process exited with error code.',
        'See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.',
      ],
      cause: [
        'nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:4',
        'nginx: configuration file /etc/nginx/nginx.conf test failed',
      ],
    });
  });

  it('starts nginx 1.26 once the site uses `listen 443 ssl;`', () => {
    let world = withNginx126(freshFrota(), 'web-01');
    world = editFile(world, 'web-01', SITE, (t) =>
      t.replace('listen 443;', 'listen 443 ssl;').replace('\tssl on;\n', ''),
    );
    expect(canStart(server(world, 'web-01'), 'nginx')).toEqual({ ok: true });
  });

  it('cannot start loja 3.0.0 on Python 3.11: the service starts, then exits', () => {
    const world = setPackages(freshFrota(), 'web-01', { loja: '3.0.0' });
    const check = canStart(server(world, 'web-01'), 'loja');
    expect(check).toMatchObject({
      ok: false,
      code: 'RUNTIME_UNMET',
      params: { unit: 'loja', package: 'python3', required: '>= 3.12', found: '3.11.2' },
      exitCode: 1,
      systemctl: [],
      journal: [
        'Started loja.service - Loja online shop.',
        'loja: error: Python 3.12 or newer is required (found 3.11.2)',
        'loja.service: Main process exited, code=exited, status=1/FAILURE',
        "loja.service: Failed with result 'exit-code'.",
      ],
    });
    const upgraded = setPackages(world, 'web-01', {
      python3: '3.12.4-1~lab1',
      'python3-minimal': '3.12.4-1~lab1',
    });
    expect(canStart(server(upgraded, 'web-01'), 'loja')).toEqual({ ok: true });
  });

  it('needs /etc/loja/loja.ini present and parseable', () => {
    const gone = setFile(freshFrota(), 'web-02', LOJA_INI, null);
    expect(canStart(server(gone, 'web-02'), 'loja')).toMatchObject({
      code: 'CONFIG_MISSING',
      cause: ["loja: error: [Errno 2] No such file or directory: '/etc/loja/loja.ini'"],
    });
    const broken = editFile(freshFrota(), 'web-02', LOJA_INI, (t) => t.replace('timeout = 30', 'timeout 30'));
    expect(canStart(server(broken, 'web-02'), 'loja')).toMatchObject({
      code: 'CONFIG_INVALID',
      params: { unit: 'loja', file: LOJA_INI, line: 5 },
      cause: [
        "loja: error: Source contains parsing errors: '/etc/loja/loja.ini'",
        "\t[line  5]: 'timeout 30\\n'",
      ],
    });
    const noHost = editFile(freshFrota(), 'web-02', LOJA_INI, (t) => t.replace(/host = .*\n/, ''));
    expect(canStart(server(noHost, 'web-02'), 'loja')).toMatchObject({
      code: 'CONFIG_INVALID',
      cause: ["loja: error: No option 'host' in section: 'database'"],
    });
  });

  it('needs the database host to resolve (lab DNS or /etc/hosts)', () => {
    const world = freshFrota();
    const typo = editFile(world, 'web-03', LOJA_INI, (t) =>
      t.replace('db-01.lab.internal', 'db-1.lab.internal'),
    );
    expect(canStart(server(typo, 'web-03'), 'loja', { hosts: world.order })).toMatchObject({
      code: 'DB_HOST_UNRESOLVABLE',
      params: { unit: 'loja', host: 'db-1.lab.internal' },
      cause: [
        'loja: error: could not translate host name "db-1.lab.internal" to address: Name or service not known',
      ],
    });
    const pinned = editFile(typo, 'web-03', '/etc/hosts', (t) => `${t}10.0.1.20\tdb-1.lab.internal\n`);
    expect(canStart(server(pinned, 'web-03'), 'loja', { hosts: world.order })).toEqual({ ok: true });
  });

  it('needs the PostgreSQL cluster’s configuration', () => {
    const world = setFile(freshFrota(), 'db-01', '/etc/postgresql/15/main/postgresql.conf', null);
    expect(canStart(server(world, 'db-01'), 'postgresql@15-main')).toMatchObject({
      ok: false,
      code: 'CONFIG_MISSING',
      params: { unit: 'postgresql@15-main', file: '/etc/postgresql/15/main/postgresql.conf' },
      systemctl: [expect.stringContaining('Job for postgresql@15-main.service failed'), expect.any(String)],
    });
  });

  it('needs the unit’s package installed', () => {
    const world = setPackages(freshFrota(), 'web-01', { loja: null });
    expect(canStart(server(world, 'web-01'), 'loja')).toEqual({
      ok: false,
      code: 'PACKAGE_NOT_INSTALLED',
      params: { unit: 'loja', package: 'loja' },
      exitCode: 5,
      journal: [],
      systemctl: ['Failed to start loja.service: Unit loja.service not found.'],
      cause: [],
    });
    expect(canStart(server(world, 'web-01'), 'apache2')).toMatchObject({
      code: 'UNIT_NOT_FOUND',
      exitCode: 5,
    });
  });
});
