import { describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../core';
import { triggerChaos } from './chaos';
import { findMission } from './registry';
import { startMission } from './start';

describe('the sandbox’s chaos switches', () => {
  const sandbox = findMission('sandbox');
  if (sandbox?.kind !== 'sandbox') throw new Error('no sandbox');

  it('each fires its background event now, as someone other than the learner', () => {
    const { world, vars } = startMission(sandbox, 5);
    for (const chaos of sandbox.chaos) {
      const after = triggerChaos(world, sandbox, chaos.id, vars);
      expect(after, chaos.id).not.toBe(world);
      expect(after.events).toEqual(world.events);
      const users = ledgerEntries(after.ledger)
        .slice(ledgerEntries(world.ledger).length)
        .map((e) => e.user);
      expect(
        users.every((u) => u !== 'aluno'),
        chaos.id,
      ).toBe(true);
    }
  });

  it('does nothing for an unknown switch or a guided mission', () => {
    const { world, vars } = startMission(sandbox, 5);
    expect(triggerChaos(world, sandbox, 'no-such-switch', vars)).toBe(world);
    const guided = findMission('hotfix-drift');
    if (guided) expect(triggerChaos(world, guided, 'disk-fill', vars)).toBe(world);
  });
});
