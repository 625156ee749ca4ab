import { describe, expect, it } from 'vitest';
import { freshShell, run, withFiles } from '../files/testkit';

const start = freshShell();
const web = run(start, 'ssh web-01').state;

describe('ip', () => {
  it('shows lo and eth0 with the server’s address', () => {
    const out = run(web, 'ip a').stdout;
    expect(out).toContain(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n',
    );
    expect(out).toContain(
      '    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n',
    );
    expect(out).toContain(
      '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n',
    );
    expect(out).toContain('    inet 10.0.1.11/24 brd 10.0.1.255 scope global eth0\n');
    expect(out).toMatch(/ {4}link\/ether 52:54:00(:[0-9a-f]{2}){3} brd ff:ff:ff:ff:ff:ff\n/);
    expect(run(web, 'ip addr show eth0').stdout).not.toContain('lo:');
    expect(run(web, 'ip -4 a').stdout).not.toContain('inet6');
  });

  it('shows routes and a brief view', () => {
    expect(run(web, 'ip r').stdout).toBe(
      'default via 10.0.1.1 dev eth0 onlink \n10.0.1.0/24 dev eth0 proto kernel scope link src 10.0.1.11 \n',
    );
    expect(run(web, 'ip -br a').stdout.split('\n')[1]).toMatch(/^eth0 {13}UP {13}10\.0\.1\.11\/24 fe80::/);
  });

  it('answers unknown objects, devices and changes like iproute2', () => {
    expect(run(web, 'ip foo')).toMatchObject({
      stderr: 'Object "foo" is unknown, try "ip help".\n',
      exitCode: 255,
    });
    expect(run(web, 'ip a show eth9')).toMatchObject({
      stderr: 'Device "eth9" does not exist.\n',
      exitCode: 1,
    });
    expect(run(web, 'ip addr add 10.0.1.99/24 dev eth0')).toMatchObject({
      stderr: 'RTNETLINK answers: Operation not permitted\n',
      exitCode: 2,
    });
  });
});

describe('ss', () => {
  const header = 'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess';

  it('lists the listening sockets of the running services', () => {
    expect(run(web, 'ss -tln').stdout).toBe(
      [
        header,
        'LISTEN 0      128          0.0.0.0:22         0.0.0.0:*',
        'LISTEN 0      128             [::]:22            [::]:*',
        'LISTEN 0      511          0.0.0.0:443        0.0.0.0:*',
        'LISTEN 0      2048       127.0.0.1:8000       0.0.0.0:*',
        '',
      ].join('\n'),
    );
    expect(run(start, 'ssh db-01', 'ss -tln').stdout).toContain(
      'LISTEN 0      244          0.0.0.0:5432       0.0.0.0:*\n',
    );
    expect(run(start, 'ssh lb-01', 'ss -tln').stdout).toContain('0.0.0.0:80 ');
  });

  it('names the processes only for root, as ss -p does', () => {
    expect(run(web, 'ss -tlnp').stdout).not.toContain('users:');
    const root = run(web, 'sudo ss -tlnp').stdout;
    expect(root).toMatch(
      /0\.0\.0\.0:443 +0\.0\.0\.0:\* +users:\(\("nginx",pid=\d+,fd=6\),\("nginx",pid=\d+,fd=6\),\("nginx",pid=\d+,fd=6\)\)/,
    );
    expect(root).toMatch(/users:\(\("sshd",pid=\d+,fd=3\)\)/);
    expect(root).toMatch(/127\.0\.0\.1:8000 +0\.0\.0\.0:\* +users:\(\("python3",pid=\d+,fd=5\)\)/);
  });

  it('follows the services and their configuration', () => {
    expect(run(web, 'sudo systemctl stop nginx', 'ss -tln').stdout).not.toContain(':443');
    const moved = withFiles(web, 'web-01', {
      '/etc/loja/loja.ini': { content: '[server]\nbind = 0.0.0.0:9000\n' },
    });
    expect(run(moved, 'ss -tln').stdout).toContain('0.0.0.0:9000 ');
  });

  it('shows the established ssh connection and names ports without -n', () => {
    expect(run(web, 'ss -t').stdout).toMatch(/^ESTAB +0 +0 +10\.0\.1\.11:ssh +10\.0\.0\.10:\d+$/m);
    expect(run(web, 'ss -tl').stdout).toContain('0.0.0.0:https');
  });

  it('rejects unknown options with its usage', () => {
    const bad = run(web, 'ss -Z');
    expect(bad.stderr.split('\n')[0]).toBe("ss: invalid option -- 'Z'");
    expect(bad.exitCode).toBe(255);
  });
});
