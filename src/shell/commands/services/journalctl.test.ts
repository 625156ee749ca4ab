import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';
import { parseSince } from './since';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);
const RESTARTED = ['sudo systemctl restart nginx'];

describe('journalctl', () => {
  it('prints short lines: date, host, identifier, message', () => {
    const out = onWeb(...RESTARTED, 'journalctl -u nginx -n 2 --no-pager');
    expect(out.stdout).toBe(
      'Nov 29 09:00:10 web-01 systemd[1]: Starting nginx.service - A high performance web server and a reverse proxy server...\n' +
        'Nov 29 09:00:10 web-01 systemd[1]: Started nginx.service - A high performance web server and a reverse proxy server.\n',
    );
  });

  it('takes -n N, -nN and --lines=N; -f prints the last ten and returns', () => {
    const base = onWeb(...RESTARTED);
    for (const flag of ['-n 1', '-n1', '--lines=1'])
      expect(run(base.state, `journalctl -u nginx ${flag}`).stdout.split('\n')).toHaveLength(2);
    expect(run(base.state, 'journalctl -f').stdout.split('\n').length).toBeLessThanOrEqual(11);
  });

  it('filters by priority and shows the unit’s own error lines', () => {
    const broken = onWeb(
      "sudo sed -i 's/\\[database\\]/[db]/' /etc/loja/loja.ini",
      'sudo systemctl restart loja',
    );
    const errors = run(broken.state, 'journalctl -p err -u loja --no-pager').stdout;
    expect(errors).toMatch(/web-01 python3\[\d+\]: loja: error: No section: 'database'\n/);
    expect(errors).not.toContain('Stopping');
  });

  it('-xeu adds the catalog explanations', () => {
    const out = onWeb(...RESTARTED, 'sudo journalctl -xeu nginx').stdout;
    expect(out).toContain(
      '░░ Subject: A start job for unit nginx.service has finished successfully\n░░ Defined-By: systemd\n░░ Support: https://www.debian.org/support\n░░ \n',
    );
  });

  it('says when there is nothing to show, and refuses a bad priority or date', () => {
    expect(onWeb('journalctl -u apache2').stdout).toBe('-- No entries --\n');
    expect(onWeb('journalctl -p loud')).toMatchObject({
      stderr: 'Failed to parse log level: loud\n',
      exitCode: 1,
    });
    expect(onWeb('journalctl --since someday').stderr).toBe('Failed to parse timestamp: someday\n');
    expect(onWeb('journalctl -z').stderr).toBe("journalctl: invalid option -- 'z'\n");
  });

  it('lets adm members read the system journal, and hints to others', () => {
    const server = start.world.servers['web-01'];
    if (!server) throw new Error('no web-01');
    const aluno = { ...server.users.aluno, groups: ['aluno', 'sudo'] } as NonNullable<
      (typeof server.users)['aluno']
    >;
    const world = {
      ...start.world,
      servers: { ...start.world.servers, 'web-01': { ...server, users: { ...server.users, aluno } } },
    };
    const outsider = run({ ...start, world }, 'ssh web-01', 'journalctl -u nginx');
    expect(outsider.stdout).toBe('-- No entries --\n');
    expect(outsider.stderr).toContain("Users in groups 'adm', 'systemd-journal' can see all messages.");
    expect(onWeb('journalctl -u nginx').stdout).toContain('Started nginx.service');
  });

  it('orders by time across units and reverses with -r', () => {
    const out = onWeb(...RESTARTED, 'journalctl -r -n 1').stdout;
    expect(out).toMatch(/^Nov 29 09:00:10 web-01 systemd\[1\]: Started nginx\.service/);
  });
});

describe('journalctl timestamps', () => {
  const now = Date.UTC(2026, 10, 29, 9, 30);
  it('understands the usual forms', () => {
    expect(parseSince('today', now)).toBe(Date.UTC(2026, 10, 29));
    expect(parseSince('yesterday', now)).toBe(Date.UTC(2026, 10, 28));
    expect(parseSince('2026-11-29 08:15', now)).toBe(Date.UTC(2026, 10, 29, 8, 15));
    expect(parseSince('1 hour ago', now)).toBe(now - 3_600_000);
    expect(parseSince('-30min', now)).toBe(now - 1_800_000);
    expect(parseSince('08:00:00', now)).toBe(Date.UTC(2026, 10, 29, 8));
    expect(parseSince('25:00', now)).toBeUndefined();
  });
});
