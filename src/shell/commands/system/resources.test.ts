import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';
import { patchServer } from '../network/testkit';
import { humanCeil } from './df';
import { humanSize } from './free';

const start = freshShell();

describe('df', () => {
  it('lists the mounts with the root disk from the model', () => {
    const lines = run(start, 'df').stdout.split('\n');
    expect(lines[0]).toBe('Filesystem     1K-blocks    Used Available Use% Mounted on');
    expect(lines).toContain('/dev/vda1       20971520 1762304  18160640   9% /');
  });

  it('prints human sizes rounded up, like coreutils', () => {
    const lines = run(start, 'df -h').stdout.split('\n');
    expect(lines[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on');
    expect(lines).toContain('/dev/vda1        20G  1.7G   18G   9% /');
    expect(lines).toContain('tmpfs           5.0M     0  5.0M   0% /run/lock');
    expect([humanCeil(0), humanCeil(556), humanCeil(1_762_304), humanCeil(1023.5)]).toEqual([
      '0',
      '556K',
      '1.7G',
      '1.0M',
    ]);
  });

  it('shows the file system of a path, with its type', () => {
    expect(run(start, 'df -hT /var/log').stdout).toBe(
      'Filesystem     Type  Size  Used Avail Use% Mounted on\n/dev/vda1      ext4   20G  1.7G   18G   9% /\n',
    );
    expect(run(start, 'df /nope')).toMatchObject({
      stdout: '',
      stderr: 'df: /nope: No such file or directory\n',
      exitCode: 1,
    });
  });

  it('fills up when the disk does', () => {
    const state = patchServer(start, 'bastion', () => ({ disk: { totalMb: 20_480, usedMb: 20_480 } }));
    expect(run(state, 'df -h /').stdout.split('\n')[1]).toBe('/dev/vda1        20G   20G     0 100% /');
  });
});

describe('free', () => {
  it('prints the procps table in KiB by default', () => {
    const lines = run(start, 'free').stdout.split('\n');
    expect(lines[0]).toBe('               total        used        free      shared  buff/cache   available');
    expect(lines[1]).toMatch(/^Mem: {9}2014124 +\d+ +\d+ +\d+ +\d+ +\d+$/);
    expect(lines[2]).toBe('Swap:              0           0           0');
  });

  it('scales with -m and -h, and adds a total with -t', () => {
    expect(run(start, 'free -m').stdout.split('\n')[1]).toMatch(/^Mem: {12}1966 /);
    expect(run(start, 'free -h').stdout.split('\n')[1]).toMatch(/^Mem: {11}1\.9Gi +\d+Mi /);
    expect(run(start, 'free -h').stdout.split('\n')[2]).toBe('Swap:             0B          0B          0B');
    expect(run(start, 'free -t').stdout.split('\n')[3]).toMatch(/^Total: {7}2014124 /);
    expect([humanSize(900, false), humanSize(2_014_124, false), humanSize(301 * 1024, false)]).toEqual([
      '900Ki',
      '1.9Gi',
      '301Mi',
    ]);
  });

  it('counts the memory of the processes that run', () => {
    const used = (s: string) => Number(s.split('\n')[1]?.split(/ +/)[2]);
    const web = run(start, 'ssh web-01').state;
    expect(used(run(web, 'sudo systemctl stop loja', 'free').stdout)).toBeLessThan(
      used(run(web, 'free').stdout),
    );
  });

  it('rejects unknown options with its usage', () => {
    const bad = run(start, 'free -z');
    expect(bad.stderr.startsWith("free: invalid option -- 'z'\n\nUsage:\n free [options]\n")).toBe(true);
    expect(bad.exitCode).toBe(1);
  });
});
