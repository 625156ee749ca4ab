import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();
const web = run(start, 'ssh web-01').state;

describe('ps', () => {
  it('lists this terminal’s processes by default', () => {
    const out = run(web, 'ps').stdout.split('\n');
    expect(out[0]).toBe('    PID TTY          TIME CMD');
    expect(out[1]).toMatch(/^ +\d+ pts\/0 {4}00:00:00 bash$/);
    expect(out[2]).toMatch(/^ +\d+ pts\/0 {4}00:00:00 ps$/);
  });

  it('ps aux shows the running units, their users and the login chain', () => {
    const out = run(web, 'ps aux').stdout;
    expect(out.split('\n')[0]).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    );
    expect(out).toMatch(
      /^root {11}1 {2}0\.0 {2}0\.6 167732 12872 \? {8}Ss {3}Oct19 +\d+:\d\d \/sbin\/init$/m,
    );
    expect(out).toMatch(
      /^root +\d+ .* nginx: master process \/usr\/sbin\/nginx -g daemon on; master_process on;$/m,
    );
    expect(out.match(/^www-data .* nginx: worker process$/gm)).toHaveLength(2);
    expect(out).toMatch(
      /^loja +\d+ .* \/usr\/bin\/python3 -m loja --config \/etc\/loja\/loja\.ini --release 2\.3\.0$/m,
    );
    expect(out).toMatch(/^root +\d+ .* sshd: aluno \[priv\]$/m);
    expect(out).toMatch(/^aluno +\d+ .* pts\/0 +R\+ .* ps aux$/m);
  });

  it('keeps the same PIDs for the same host', () => {
    const pids = (s: string) =>
      s
        .split('\n')
        .filter((l) => l.includes('nginx'))
        .map((l) => l.split(/ +/)[1]);
    expect(pids(run(web, 'ps aux').stdout)).toEqual(pids(run(web, 'hostname', 'ps aux').stdout));
  });

  it('drops a stopped unit’s processes', () => {
    expect(run(web, 'sudo systemctl stop nginx', 'ps aux').stdout).not.toContain('nginx: master');
  });

  it('shows sudo in front of a command run with sudo, in ps -ef format', () => {
    const out = run(web, 'sudo ps -ef').stdout;
    expect(out.split('\n')[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(out).toMatch(/^root +(\d+) +\d+ +0 \d\d:\d\d pts\/0 +00:00:00 sudo ps -ef$/m);
  });

  it('selects by user and by command, exiting 1 when nothing matches', () => {
    const postgres = run(start, 'ssh db-01', 'ps -u postgres').stdout.split('\n');
    expect(postgres.filter((l) => l.endsWith(' postgres'))).toHaveLength(6);
    expect(run(web, 'ps -C nginx').stdout.split('\n').filter(Boolean)).toHaveLength(4);
    expect(run(web, 'ps -C nothing').exitCode).toBe(1);
  });

  it('rejects unknown options with procps’ usage', () => {
    const bad = run(web, 'ps -Q');
    expect(bad.stderr.startsWith('error: unsupported SysV option\n\nUsage:\n ps [options]\n')).toBe(true);
    expect(bad.exitCode).toBe(1);
    expect(run(web, 'ps q').stderr.split('\n')[0]).toBe('error: unsupported option (BSD syntax)');
  });
});

describe('top', () => {
  it('prints one batch frame: summary, memory, then the busiest processes', () => {
    const lines = run(web, 'top -b -n 1').stdout.split('\n');
    expect(lines[0]).toMatch(/^top - 09:00:10 up 41 days, {2}5:00, {2}1 user, {2}load average: /);
    expect(lines[1]).toMatch(/^Tasks: +\d+ total, +1 running, +\d+ sleeping, +0 stopped, +0 zombie$/);
    expect(lines[2]).toBe('%Cpu(s):  0.0 us,  3.1 sy,  0.0 ni, 96.9 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st');
    expect(lines[3]).toMatch(/^MiB Mem : +1966\.9 total, +[\d.]+ free, +[\d.]+ used, +[\d.]+ buff\/cache$/);
    expect(lines[6]).toBe('    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND');
    expect(lines[7]).toMatch(/^ +\d+ aluno +20 +0 +\d+ +\d+ +\d+ R +6\.2 +0\.2 +0:00\.00 top$/);
  });

  it('prints as many frames as -n asks and filters by user', () => {
    expect(run(web, 'top -b -n 2').stdout.match(/^top - /gm)).toHaveLength(2);
    const rows = run(web, 'top -bn1 -u www-data').stdout.split('\n').slice(7).filter(Boolean);
    expect(rows.map((r) => r.trim().split(/ +/)[1])).toEqual(['www-data', 'www-data']);
  });

  it('complains about bad arguments like procps', () => {
    expect(run(web, 'top -n x').stderr).toBe("top: bad iterations argument 'x'\n");
    expect(run(web, 'top -z').stderr.split('\n')[0]).toBe("top: unknown option 'z'");
  });
});
