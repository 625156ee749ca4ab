import { describe, expect, it } from 'vitest';
import { driftedItems, serverDrift } from '../drift/serverDrift';
import { addFile, editFile, setPackage, setReachable, TEST_NOW } from '../drift/testkit';
import { ledgerEntries } from '../history/ledger';
import { frotaWorld } from '../scenarios';
import { tick } from '../world/update';
import { rebuildPreview, rebuildServer } from './rebuild';

const ACTOR = { user: 'aluno', command: 'rebuild web-02' };
const LOJA_INI = '/etc/loja/loja.ini';
const world = frotaWorld({ seed: 1, now: TEST_NOW });

function snowflake() {
  let w = editFile(world, 'web-02', LOJA_INI, (c) => c.replace('timeout = 30', 'timeout = 120'));
  w = setPackage(w, 'web-02', 'htop', '3.2.2-2');
  w = setPackage(w, 'web-02', 'libssl3', '3.0.15-1~deb12u1');
  w = addFile(w, 'web-02', '/home/aluno/notes.txt', 'timeout raised for black friday\n');
  return tick(w, 60_000);
}

describe('rebuildServer', () => {
  it('removes a hotfix and an unmanaged package: the server is back to image + manifest', () => {
    const before = snowflake();
    const after = rebuildServer(before, 'web-02', ACTOR);
    expect(driftedItems(serverDrift(after, 'web-02'))).toEqual([]);
    const server = after.servers['web-02'];
    expect(server?.packages.htop).toBeUndefined();
    expect(server?.fs[LOJA_INI]).toMatchObject({
      kind: 'file',
      content: expect.stringContaining('timeout = 30'),
    });
    expect(server?.fs['/home/aluno/notes.txt']).toBeUndefined();
    expect(server?.packages.libssl3?.version).toBe('3.0.11-1~deb12u2');
  });

  it('keeps the identity, boots now, and records one ledger entry', () => {
    const before = setReachable(snowflake(), 'web-02', false);
    const after = rebuildServer(before, 'web-02', ACTOR);
    const server = after.servers['web-02'];
    expect(server).toMatchObject({
      hostname: 'web-02',
      ip: '10.0.1.12',
      env: 'prod',
      role: 'web',
      reachable: true,
      power: 'on',
    });
    expect(server?.bootedAt).toBe(before.now);
    expect(ledgerEntries(after.ledger)).toEqual([
      {
        seq: 1,
        time: before.now,
        host: 'web-02',
        user: 'aluno',
        command: 'rebuild web-02',
        resource: 'server:web-02',
        before: '2 drifted resources',
        after: 'golden image + manifest',
      },
    ]);
    expect(after.servers['web-01']).toBe(before.servers['web-01']);
  });

  it('leaves the world unchanged for an unknown host', () => {
    expect(rebuildServer(world, 'nope', ACTOR)).toBe(world);
  });
});

describe('rebuildPreview', () => {
  it('lists the drift that disappears, the patches and the hand-made files that are lost', () => {
    const before = snowflake();
    const preview = rebuildPreview(before, 'web-02');
    expect(preview?.drift.map((i) => `${i.status} ${i.resource}`)).toEqual([
      'UNMANAGED package:htop',
      `MODIFIED file:${LOJA_INI}`,
    ]);
    expect(preview?.baseline).toEqual([
      { resource: 'package:libssl3', before: '3.0.15-1~deb12u1', after: '3.0.11-1~deb12u2' },
    ]);
    expect(preview?.files).toContain('/home/aluno/notes.txt');
    expect(preview?.files).not.toContain(LOJA_INI);
    expect(preview?.kernel).toBeNull();
    expect(before.servers['web-02']?.packages.htop).toBeDefined();
  });

  it('finds nothing to lose on a fresh server, and null for an unknown host', () => {
    expect(rebuildPreview(world, 'web-01')).toEqual({
      host: 'web-01',
      drift: [],
      baseline: [],
      files: [],
      kernel: null,
    });
    expect(rebuildPreview(world, 'nope')).toBeNull();
  });
});
