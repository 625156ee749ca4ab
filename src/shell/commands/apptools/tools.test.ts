import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);
const onDb = (...lines: string[]) => run(start, 'ssh db-01', ...lines);
const TAIL =
  'No containers need to be restarted.\n\nNo user sessions are running outdated binaries.\n\nNo VM guests are running outdated hypervisor (qemu) binaries on this host.\n';

describe('needrestart', () => {
  it('lists nothing on a fresh server', () => {
    expect(onWeb('sudo needrestart -r l').stdout).toBe(
      `Scanning processes...\nScanning linux images...\n\nRunning kernel seems to be up-to-date.\n\nNo services need to be restarted.\n\n${TAIL}`,
    );
  });

  it('lists the services still mapping the old libssl3 after an upgrade', () => {
    const out = onWeb('sudo apt install -y --only-upgrade libssl3', 'sudo needrestart -r l').stdout;
    expect(out).toContain(
      'Services to be restarted:\n systemctl restart loja.service\n systemctl restart nginx.service\n systemctl restart ssh.service\n\n',
    );
    const batch = onWeb('sudo apt install -y --only-upgrade libssl3', 'sudo needrestart -b').stdout;
    expect(batch).toBe(
      'NEEDRESTART-VER: 3.6\nNEEDRESTART-KCUR: 6.1.0-18-amd64\nNEEDRESTART-KEXP: 6.1.0-18-amd64\nNEEDRESTART-KSTA: 1\n' +
        'NEEDRESTART-SVC: loja.service\nNEEDRESTART-SVC: nginx.service\nNEEDRESTART-SVC: ssh.service\n',
    );
  });

  it('forgets a service once it is restarted; -r a restarts them all', () => {
    const after = onWeb(
      'sudo apt install -y --only-upgrade libssl3',
      'sudo systemctl restart nginx loja',
      'sudo needrestart -b',
    );
    expect(after.stdout).toContain('NEEDRESTART-SVC: ssh.service\n');
    expect(after.stdout).not.toContain('nginx.service');
    const auto = onWeb('sudo apt install -y --only-upgrade libssl3', 'sudo needrestart -r a');
    expect(auto.stdout).toContain(
      'Restarting services...\n systemctl restart loja.service nginx.service ssh.service\n',
    );
    expect(run(auto.state, 'sudo needrestart -b').stdout).not.toContain('NEEDRESTART-SVC');
  });

  it('reports a pending kernel upgrade', () => {
    const out = onWeb('sudo apt upgrade -y', 'sudo needrestart -k').stdout;
    expect(out).toMatch(
      /Pending kernel upgrade!\nRunning kernel version:\n {2}6\.1\.0-18-amd64\nDiagnostics:\n {2}The currently running kernel version is not the expected kernel version 6\.1\.0-\d+-amd64\.\n/,
    );
    expect(onWeb('sudo apt upgrade -y', 'sudo needrestart -p').exitCode).toBe(2);
  });

  it('without root sees no service processes; rejects unknown options', () => {
    expect(onWeb('sudo apt install -y --only-upgrade libssl3', 'needrestart').stdout).not.toContain(
      'Services',
    );
    expect(onWeb('needrestart -Z').stderr).toMatch(/^Unknown option: Z\n/);
  });
});

describe('psql', () => {
  it('connects by peer authentication: only the postgres role exists for a login', () => {
    expect(onDb('psql -c "SELECT 1"')).toMatchObject({
      stderr:
        'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  role "aluno" does not exist\n',
      exitCode: 2,
    });
    expect(onDb("sudo -u postgres psql -d shop -c 'SELECT 1'").stderr).toContain(
      'FATAL:  database "shop" does not exist',
    );
    expect(onWeb('psql -c x')).toMatchObject({ exitCode: 127 });
  });

  it('answers SELECT version() in the aligned format', () => {
    const out = onDb("sudo -u postgres psql -c 'SELECT version();'").stdout.split('\n');
    expect(out[0]?.trim()).toBe('version');
    expect(out[1]).toMatch(/^-+$/);
    expect(out[2]).toBe(
      ' PostgreSQL 15.3 (Debian 15.3-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
    );
    expect(out.slice(3)).toEqual(['(1 row)', '', '']);
  });

  it('lists databases and tables, and reads the migrations table', () => {
    expect(onDb("sudo -u postgres psql -c '\\l'").stdout).toContain('\n loja      | loja     | UTF8 ');
    expect(onDb("sudo -u postgres psql loja -c '\\dt'").stdout).toContain(
      ' public | django_migrations | table | loja\n',
    );
    const rows = onDb(
      "sudo -u postgres psql -d loja -c 'SELECT id, name FROM django_migrations ORDER BY id DESC LIMIT 1;'",
    );
    expect(rows.stdout).toBe(
      ' id |          name          \n----+------------------------\n  7 | 0007_checkout_redesign\n(1 row)\n\n',
    );
    expect(onDb("sudo -u postgres psql -tAc 'SELECT count(*) FROM django_migrations' loja").stdout).toBe(
      '7\n',
    );
  });

  it('gives PostgreSQL errors with the caret under the culprit (exit 1)', () => {
    expect(onDb("sudo -u postgres psql -d loja -c 'SELECT * FROM schema_migrations;'")).toMatchObject({
      stderr:
        'ERROR:  relation "schema_migrations" does not exist\nLINE 1: SELECT * FROM schema_migrations;\n                      ^\n',
      exitCode: 1,
    });
    expect(onDb("sudo -u postgres psql -c 'SELEC 1'").stderr).toBe(
      'ERROR:  syntax error at or near "SELEC"\nLINE 1: SELEC 1\n        ^\n',
    );
  });

  it('needs the cluster running', () => {
    const down = onDb('sudo systemctl stop postgresql@15-main', "sudo -u postgres psql -c 'SELECT 1'");
    expect(down.stderr).toContain('Is the server running locally and accepting connections on that socket?');
    expect(down.exitCode).toBe(2);
  });
});

describe('loja-manage', () => {
  it('needs to read loja.ini', () => {
    expect(onWeb('loja-manage migrate').stderr).toMatch(
      /PermissionError: \[Errno 13\] Permission denied: '\/etc\/loja\/loja\.ini'\n$/,
    );
  });

  it('migrates the environment database to the installed release, which psql then shows', () => {
    const upgraded = onWeb('sudo apt install -y loja=3.0.0', 'sudo loja-manage migrate');
    expect(upgraded.stdout).toBe(
      'Operations to perform:\n  Apply all migrations: loja\nRunning migrations:\n  Applying loja.0008_coupons... OK\n  Applying loja.0009_async_sessions... OK\n',
    );
    expect(upgraded.state.world.servers['db-01']?.database?.schemaVersion).toBe(9);
    const rows = run(
      upgraded.state,
      'exit',
      'ssh db-01',
      "sudo -u postgres psql -d loja -tAc 'SELECT name FROM django_migrations ORDER BY id DESC LIMIT 1'",
    );
    expect(rows.stdout).toBe('0009_async_sessions\n');
    expect(run(upgraded.state, 'sudo loja-manage showmigrations').stdout).toContain(
      ' [X] 0009_async_sessions\n',
    );
  });

  it('takes a target (backwards too) and refuses one the release does not ship', () => {
    expect(onWeb('sudo loja-manage migrate loja 0006').stdout).toContain(
      '  Unapplying loja.0007_checkout_redesign... OK\n',
    );
    expect(onWeb('sudo loja-manage migrate 9').stderr).toBe(
      "CommandError: Cannot find a migration matching '0009' from app 'loja'.\n",
    );
    expect(onWeb('sudo loja-manage frob').stderr).toBe(
      "Unknown command: 'frob'\nType 'loja-manage help' for usage.\n",
    );
  });
});
