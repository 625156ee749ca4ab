import { describe, expect, it } from 'vitest';
import { frotaWorld, serverDrift } from '../../../core';
import { afterCommands } from '../../store/testkit';
import { clockText, diffLines, fileContents, filePath, journalTail, newestFirst } from './detailModel';

describe('detail model', () => {
  it('classifies the lines of a unified diff', () => {
    const lines = diffLines('--- a\tdesired\n+++ a\tactual\n@@ -1,2 +1,2 @@\n same\n-old\n+new\n');
    expect(lines.map((l) => l.kind)).toEqual(['file', 'file', 'hunk', 'same', 'del', 'add']);
    expect(lines[4]?.text).toBe('-old');
  });

  it('finds desired and actual contents of a drifted file, for the diff editor', () => {
    const world = afterCommands(
      frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }),
      'ssh web-01',
      'sudo cp /etc/hostname /etc/loja/loja.ini',
    );
    const item = serverDrift(world, 'web-01').find((d) => d.resource === 'file:/etc/loja/loja.ini');
    if (!item) throw new Error('expected drift on loja.ini');
    expect(filePath(item)).toBe('/etc/loja/loja.ini');
    const server = world.servers['web-01'];
    if (!server) throw new Error('fixture');
    const contents = fileContents(world, server, '/etc/loja/loja.ini');
    expect(contents?.actual).toBe('web-01\n');
    expect(contents?.expected).toContain('[database]');
    expect(fileContents(world, server, '/etc/nope')).toBeNull();
  });

  it('takes the tail of a unit’s journal and writes the lab clock in UTC', () => {
    const world = afterCommands(
      frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }),
      'ssh web-01',
      'sudo systemctl stop nginx',
    );
    const server = world.servers['web-01'];
    if (!server) throw new Error('fixture');
    const tail = journalTail(server, 'nginx', 2);
    expect(tail).toHaveLength(2);
    expect(tail[1]?.message).toMatch(/Stopped nginx/);
    expect(journalTail(server, 'nope')).toEqual([]);
    expect(clockText(Date.UTC(2026, 10, 29, 9, 0, 5))).toBe('2026-11-29 09:00:05');
    expect(newestFirst([{ seq: 1 }, { seq: 2 }] as never).map((e: { seq: number }) => e.seq)).toEqual([2, 1]);
  });
});
