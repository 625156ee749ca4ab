import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';
import { patchServer } from './testkit';

const start = freshShell();

describe('ping', () => {
  it('pings a fleet host by its short name with iputils’ format', () => {
    const out = run(start, 'ping -c 2 web-02').stdout.split('\n');
    expect(out[0]).toBe('PING web-02.lab.internal (10.0.1.12) 56(84) bytes of data.');
    expect(out[1]).toMatch(
      /^64 bytes from web-02\.lab\.internal \(10\.0\.1\.12\): icmp_seq=1 ttl=64 time=\d\.\d{2,3} ms$/,
    );
    expect(out[2]).toMatch(/icmp_seq=2 /);
    expect(out.slice(3)).toEqual([
      '',
      '--- web-02.lab.internal ping statistics ---',
      '2 packets transmitted, 2 received, 0% packet loss, time 1001ms',
      expect.stringMatching(/^rtt min\/avg\/max\/mdev = \d\.\d{3}\/\d\.\d{3}\/\d\.\d{3}\/\d\.\d{3} ms$/),
      '',
    ]);
    expect(run(start, 'ping -c 2 web-02').stdout).toBe(run(start, 'ping -c 2 web-02').stdout);
  });

  it('without -c, sends four and shows the ^C that would stop it', () => {
    const out = run(start, 'ping localhost').stdout;
    expect(out.match(/icmp_seq=/g)).toHaveLength(4);
    expect(out).toContain('time=0.0');
    expect(out).toContain('\n^C\n--- localhost ping statistics ---\n4 packets transmitted, 4 received');
  });

  it('reports an unreachable host from the sender, with 100% loss and exit 1', () => {
    const off = patchServer(start, 'web-02', () => ({ power: 'off' }));
    const result = run(off, 'ping -c 2 web-02');
    expect(result.stdout.split('\n')).toEqual([
      'PING web-02.lab.internal (10.0.1.12) 56(84) bytes of data.',
      'From 10.0.0.10 icmp_seq=1 Destination Host Unreachable',
      'From 10.0.0.10 icmp_seq=2 Destination Host Unreachable',
      '',
      '--- web-02.lab.internal ping statistics ---',
      expect.stringMatching(/^2 packets transmitted, 0 received, \+2 errors, 100% packet loss, time \d+ms$/),
      '',
      '',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('fails on unknown names and bad arguments like iputils', () => {
    expect(run(start, 'ping nosuch')).toMatchObject({
      stderr: 'ping: nosuch: Name or service not known\n',
      exitCode: 2,
    });
    expect(run(start, 'ping')).toMatchObject({
      stderr: 'ping: usage error: Destination address required\n',
      exitCode: 1,
    });
    expect(run(start, 'ping -c 0 web-01').stderr).toBe(
      "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n",
    );
    expect(run(start, 'ping -c x web-01').stderr).toBe("ping: invalid argument: 'x'\n");
    expect(run(start, 'ping -Z web-01')).toMatchObject({ exitCode: 2 });
  });

  it('prints addresses as given, and only the summary with -q', () => {
    expect(run(start, 'ping -c 1 10.0.1.20').stdout).toContain('64 bytes from 10.0.1.20: icmp_seq=1 ttl=64');
    expect(run(start, 'ping -q -c 3 db-01').stdout).not.toContain('icmp_seq');
  });
});
