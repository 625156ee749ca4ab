import { describe, expect, it } from 'vitest';
import { complete } from '../../completion';
import { freshShell, registry, run } from '../files/testkit';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);
const BREAK_LOJA = "sudo sed -i 's/\\[database\\]/[db]/' /etc/loja/loja.ini";

describe('systemctl status', () => {
  it('shows the unit header, its processes and its journal', () => {
    const out = onWeb('systemctl status nginx --no-pager');
    expect(out.exitCode).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '● nginx.service - A high performance web server and a reverse proxy server',
      '     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)',
      '     Active: active (running) since Mon 2026-10-19 04:00:03 UTC; 41 days 5h ago',
    ]);
    expect(out.stdout).toMatch(
      /\n {3}Main PID: \d+ \(nginx\)\n {6}Tasks: 3 \(limit: 4644\)\n {5}Memory: [\d.]+M\n {8}CPU: /,
    );
    expect(out.stdout).toMatch(
      /\n {5}CGroup: \/system\.slice\/nginx\.service\n {13}├─\d+ "nginx: master process /,
    );
    expect(out.stdout).toMatch(
      // The journal's last start is the one `Active:` dates (the reboot 41 days ago), not the provisioning.
      /\nOct 19 04:00:03 web-01 systemd\[1\]: Started nginx\.service - A high performance web server and a reverse proxy server\.\n$/,
    );
  });

  it('matches the PIDs ps shows', () => {
    const pid = /Main PID: (\d+)/.exec(onWeb('systemctl status nginx').stdout)?.[1];
    expect(onWeb('ps aux').stdout).toMatch(new RegExp(`^root +${pid} .*nginx: master process`, 'm'));
  });

  it('shows a failed unit with ×, the exit status and why it failed (exit 3)', () => {
    const out = onWeb(BREAK_LOJA, 'sudo systemctl restart loja', 'systemctl status loja');
    expect(out.exitCode).toBe(3);
    expect(out.stdout).toMatch(/^× loja\.service - Loja online shop\n/);
    expect(out.stdout).toContain('     Active: failed (Result: exit-code) since Sun 2026-11-29 09:00:');
    expect(out.stdout).toMatch(/ {3}Main PID: \d+ \(code=exited, status=1\/FAILURE\)\n/);
    expect(out.stdout).toMatch(/web-01 python3\[\d+\]: loja: error: No section: 'database'\n/);
  });

  it('says when a unit does not exist (exit 4), and gives an overview with no unit', () => {
    expect(onWeb('systemctl status nope')).toMatchObject({
      stderr: 'Unit nope.service could not be found.\n',
      exitCode: 4,
    });
    expect(onWeb('systemctl status').stdout).toMatch(/^● web-01\n {4}State: running\n/);
  });
});

describe('systemctl changes', () => {
  it('need root: polkit refuses without an agent', () => {
    expect(onWeb('systemctl restart nginx')).toMatchObject({
      stderr:
        "Failed to restart nginx.service: Interactive authentication required.\nSee system logs and 'systemctl status nginx.service' for details.\n",
      exitCode: 1,
    });
    expect(onWeb('systemctl enable nginx').stderr).toBe(
      'Failed to enable unit: Interactive authentication required.\n',
    );
    expect(onWeb('systemctl daemon-reload').exitCode).toBe(1);
  });

  it('stop, start and restart several units with sudo, recorded in the ledger', () => {
    const stopped = onWeb('sudo systemctl stop nginx loja', 'systemctl is-active nginx loja');
    expect(stopped.stdout).toBe('inactive\ninactive\n');
    expect(stopped.exitCode).toBe(3);
    const started = run(
      stopped.state,
      'sudo systemctl start nginx.service loja',
      'systemctl is-active nginx',
    );
    expect(started.stdout).toBe('active\n');
  });

  it('reports a failed start job the way systemctl does', () => {
    const nginx = onWeb(
      "sudo sed -i 's/listen 443;/listen 443; bogus on;/' /etc/nginx/sites-enabled/loja",
      'sudo systemctl restart nginx',
    );
    expect(nginx.stderr).toBe(
      'Job for nginx.service failed because the control process exited with error code.\nSee "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.\n',
    );
    expect(nginx.exitCode).toBe(1);
  });

  it('enable --now / disable --now change the unit file state and the unit', () => {
    const off = onWeb(
      'sudo systemctl disable --now cron',
      'systemctl is-enabled cron; systemctl is-active cron',
    );
    expect(off.stdout).toBe('disabled\ninactive\n');
    expect(run(off.state, 'sudo systemctl enable --now cron').stderr).toContain(
      'Created symlink /etc/systemd/system/multi-user.target.wants/cron.service → /lib/systemd/system/cron.service.\n',
    );
  });

  it('unknown verbs, options and missing units get systemctl’s words', () => {
    expect(onWeb('systemctl frob nginx')).toMatchObject({
      stderr: 'Unknown command verb frob.\n',
      exitCode: 1,
    });
    expect(onWeb('systemctl -z').stderr).toBe("systemctl: invalid option -- 'z'\n");
    expect(onWeb('systemctl restart').stderr).toBe('Too few arguments.\n');
    expect(onWeb('systemctl is-enabled nope').stderr).toBe(
      'Failed to get unit file state for nope.service: No such file or directory\n',
    );
    expect(onWeb('systemctl --help').stdout).toMatch(/^systemctl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n/);
  });
});

describe('systemctl queries', () => {
  it('is-active exits 0 when any unit is active; --quiet prints nothing', () => {
    expect(onWeb('systemctl is-active nope nginx')).toMatchObject({
      stdout: 'inactive\nactive\n',
      exitCode: 0,
    });
    expect(onWeb('systemctl is-active -q nope')).toMatchObject({ stdout: '', exitCode: 3 });
  });

  it('list-units shows running units with the legend; --state=failed only failed ones, marked ●', () => {
    const all = onWeb('systemctl list-units --type=service --no-pager').stdout;
    expect(all).toMatch(
      /^ {2}UNIT +LOAD {3}ACTIVE SUB {5}DESCRIPTION\n {2}cron\.service +loaded active running Regular/,
    );
    expect(all).toContain('7 loaded units listed. Pass --all to see loaded but inactive units, too.\n');
    const failed = onWeb(
      BREAK_LOJA,
      'sudo systemctl restart loja',
      'systemctl list-units --state=failed --no-legend',
    );
    expect(failed.stdout).toBe('● loja.service loaded failed failed Loja online shop\n');
  });

  it('list-unit-files, show and cat', () => {
    expect(onWeb('systemctl list-unit-files').stdout).toMatch(
      /^UNIT FILE +STATE +VENDOR PRESET\ncron\.service +enabled +enabled\n/,
    );
    expect(onWeb('systemctl show nginx -p ActiveState -p SubState').stdout).toBe(
      'ActiveState=active\nSubState=running\n',
    );
    expect(onWeb('systemctl cat nginx').stdout).toMatch(/^# \/lib\/systemd\/system\/nginx\.service\n/);
  });

  it('completes verbs, then the host’s units', () => {
    expect(complete(onWeb().state, registry, 'systemctl rest').candidates).toEqual(['restart']);
    expect(complete(onWeb().state, registry, 'sudo systemctl restart ng').candidates).toEqual(['nginx']);
  });
});

describe('service', () => {
  it('wraps systemctl for the SysV actions', () => {
    expect(onWeb('service nginx status').stdout).toMatch(/^● nginx\.service/);
    expect(onWeb('service nginx restart').exitCode).toBe(1);
    expect(onWeb('sudo service cron stop', 'systemctl is-active cron').stdout).toBe('inactive\n');
    expect(onWeb('service --status-all').stdout).toContain(' [ + ]  nginx\n');
  });

  it('knows only installed services and prints its usage', () => {
    expect(onWeb('service apache2 status')).toMatchObject({
      stderr: 'apache2: unrecognized service\n',
      exitCode: 1,
    });
    expect(onWeb('service').stderr).toMatch(/^Usage: service < option > \| --status-all/);
    expect(onWeb('service nginx frob').stderr).toBe(
      'Usage: /etc/init.d/nginx {start|stop|status|restart|reload|force-reload}\n',
    );
  });
});
