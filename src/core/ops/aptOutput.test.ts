import { describe, expect, it } from 'vitest';
import { showList, sizeToStr, statsLines } from './aptOutput';
import { aptMarkHold, aptMarkUnhold, aptUpdate } from './packages';
import { frota, NOW, newEntries, root, server, withSources } from './testkit';

describe("apt's numbers and lists", () => {
  it("sizes like apt's SizeToStr (decimal units)", () => {
    expect(sizeToStr(0)).toBe('0 B');
    expect(sizeToStr(2866)).toBe('2,866 B');
    expect(sizeToStr(55_400)).toBe('55.4 kB');
    expect(sizeToStr(1_015_000)).toBe('1,015 kB');
    expect(sizeToStr(45_200_000)).toBe('45.2 MB');
    expect(sizeToStr(411_000_000)).toBe('411 MB');
  });

  it('wraps package lists at 80 columns with a two-space indent', () => {
    const names = Array.from({ length: 12 }, (_, i) => `package-number-${i}`);
    const lines = showList('The following packages will be upgraded:', names);
    expect(lines[0]).toBe('The following packages will be upgraded:');
    expect(lines.slice(1).every((l) => l.startsWith('  ') && l.length < 80)).toBe(true);
    expect(lines.slice(1).join(' ').split(/\s+/).filter(Boolean)).toEqual(names);
    expect(showList('x', [])).toEqual([]);
  });

  it('prints downgrades and half-installed packages only when there are some', () => {
    const base = {
      upgraded: 1,
      installed: 0,
      reinstalled: 0,
      downgraded: 0,
      removed: 2,
      notUpgraded: 3,
      notFullyInstalled: 0,
    };
    expect(statsLines(base)).toEqual(['1 upgraded, 0 newly installed, 2 to remove and 3 not upgraded.']);
    expect(statsLines({ ...base, downgraded: 1, notFullyInstalled: 1 })).toEqual([
      '1 upgraded, 0 newly installed, 1 downgraded, 2 to remove and 3 not upgraded.',
      '1 not fully installed or removed.',
    ]);
  });
});

describe('apt update', () => {
  it('fetches every source the first time, hits them afterwards, and counts upgrades', () => {
    const world = withSources(frota(), 'web-01', 'nginx-org');
    const first = aptUpdate(world, 'web-01', { actor: root('apt update') });
    expect(first.outcome).toMatchObject({
      exitCode: 0,
      stdout: [
        'Get:1 http://mirror.driftlab.lan/debian bookworm InRelease [151 kB]',
        'Get:2 http://mirror.driftlab.lan/debian bookworm-updates InRelease [55.4 kB]',
        'Get:3 http://mirror.driftlab.lan/debian-security bookworm-security InRelease [48.0 kB]',
        'Get:4 http://apt.loja.lan/debian stable InRelease [2,410 B]',
        'Get:5 https://nginx.org/packages/debian bookworm InRelease [2,866 B]',
        'Fetched 260 kB in 0s (490 kB/s)',
        'Reading package lists... Done',
        'Building dependency tree... Done',
        'Reading state information... Done',
        "26 packages can be upgraded. Run 'apt list --upgradable' to see them.",
        '',
      ].join('\n'),
    });
    expect(server(first.world, 'web-01').apt.updatedAt).toBe(NOW);
    expect(first.world.ledger).toBe(world.ledger);
    const again = aptUpdate(first.world, 'web-01', { actor: root('apt-get update'), frontend: 'apt-get' });
    expect('stdout' in again.outcome && again.outcome.stdout).toBe(
      [
        'Hit:1 http://mirror.driftlab.lan/debian bookworm InRelease',
        'Hit:2 http://mirror.driftlab.lan/debian bookworm-updates InRelease',
        'Hit:3 http://mirror.driftlab.lan/debian-security bookworm-security InRelease',
        'Hit:4 http://apt.loja.lan/debian stable InRelease',
        'Hit:5 https://nginx.org/packages/debian bookworm InRelease',
        'Reading package lists... Done',
        '',
      ].join('\n'),
    );
  });

  it('is not blocked by the dpkg lock', () => {
    const world = frota();
    const locked = { ...world, servers: { ...world.servers } };
    const s = server(world, 'web-01');
    locked.servers['web-01'] = { ...s, apt: { ...s.apt, lock: { holder: 'unattended-upgr', pid: 1432 } } };
    expect(aptUpdate(locked, 'web-01', { actor: root('apt update') }).outcome).toMatchObject({ exitCode: 0 });
  });
});

describe('apt-mark', () => {
  it('holds and unholds with apt-mark’s words and a ledger entry', () => {
    const start = frota();
    const held = aptMarkHold(start, 'web-01', ['nginx'], { actor: root('apt-mark hold nginx') });
    expect(held.outcome).toMatchObject({ exitCode: 0, stdout: 'nginx set on hold.\n' });
    expect(server(held.world, 'web-01').packages.nginx?.held).toBe(true);
    expect(aptMarkHold(held.world, 'web-01', ['nginx'], { actor: root('x') }).outcome).toMatchObject({
      stdout: 'nginx was already set on hold.\n',
    });
    const unheld = aptMarkUnhold(held.world, 'web-01', ['nginx'], { actor: root('apt-mark unhold nginx') });
    expect(unheld.outcome).toMatchObject({ stdout: 'Canceled hold on nginx.\n' });
    expect(newEntries(start, unheld.world).map((e) => [e.resource, e.before, e.after])).toEqual([
      ['package:nginx', '1.22.1-9', '1.22.1-9 hold'],
      ['package:nginx', '1.22.1-9 hold', '1.22.1-9'],
    ]);
    expect(aptMarkHold(start, 'web-01', ['foo'], { actor: root('x') }).outcome).toMatchObject({
      exitCode: 100,
      stderr: 'E: Unable to locate package foo\n',
    });
  });
});
