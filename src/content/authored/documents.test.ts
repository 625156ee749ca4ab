import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerSize } from '../../core';
import { MISSIONS } from '../missions/registry';
import { LAB_START } from '../scenarios';
import { buildScenario } from './buildScenario';
import { checkMissionText, checkScenarioText, jsonSchemaOf, missionDoc } from './documents';
import { SAMPLE_SCENARIO } from './sample';

const text = (value: unknown) => JSON.stringify(value);

describe('scenario documents', () => {
  it('accept the sample and build its fleet with the story applied', () => {
    const checked = checkScenarioText(text(SAMPLE_SCENARIO));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const world = buildScenario(checked.value, LAB_START);
    expect(world.order).toEqual(SAMPLE_SCENARIO.servers.map((s) => s.hostname));
    expect(world.now).toBe(LAB_START);
    const ini = world.servers['web-02']?.fs['/etc/loja/loja.ini'];
    expect(ini?.kind === 'file' && ini.content).toContain('timeout = 120');
    expect(ledgerSize(world.ledger)).toBeGreaterThan(0);
    expect(buildScenario(checked.value, LAB_START)).toEqual(world);
  });

  it('name the place of each problem', () => {
    const doc = structuredClone(SAMPLE_SCENARIO) as Record<string, unknown> & typeof SAMPLE_SCENARIO;
    doc.servers[2] = { ...doc.servers[1], role: 'web' } as (typeof doc.servers)[number];
    doc.events = [{ hoursBefore: 1, kind: 'hotfix', host: 'ghost' }];
    const checked = checkScenarioText(text(doc));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.code).toBe('INVALID');
    const paths = checked.error.issues.map((i) => i.path);
    expect(paths).toContain('servers.2.hostname');
    expect(paths).toContain('servers.2.ip');
    expect(paths).toContain('events.0.host');
  });

  it('insist that the learner starts on a bastion', () => {
    const doc = { ...SAMPLE_SCENARIO, servers: SAMPLE_SCENARIO.servers.slice(1) };
    const checked = checkScenarioText(text(doc));
    expect(!checked.ok && checked.error.issues[0]?.path).toBe('servers.0.role');
  });

  it('tell a foreign file and a newer version apart from a broken one', () => {
    const foreign = checkScenarioText(text({ ...SAMPLE_SCENARIO, format: 'other' }));
    expect(!foreign.ok && foreign.error.code).toBe('WRONG_FORMAT');
    const newer = checkScenarioText(text({ ...SAMPLE_SCENARIO, version: 2 }));
    expect(!newer.ok && newer.error.code).toBe('WRONG_VERSION');
    const first = MISSIONS[0];
    if (!first) throw new Error('the lab ships missions');
    const mission = checkScenarioText(text(missionDoc(first)));
    expect(!mission.ok && mission.error.code).toBe('WRONG_FORMAT');
  });

  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (input) => {
        const checked = checkScenarioText(input);
        expect(typeof checked.ok).toBe('boolean');
        if (!checked.ok) expect(checked.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mission documents', () => {
  it('accept every mission the lab ships', () => {
    for (const mission of MISSIONS) {
      const checked = checkMissionText(text(missionDoc(mission)));
      expect(checked.ok, mission.id).toBe(true);
    }
  });
});

describe('JSON Schema for the editor', () => {
  it('describes the documents (closed objects, enums for roles and event kinds)', () => {
    const schema = jsonSchemaOf('scenario') as {
      additionalProperties: boolean;
      required: string[];
      properties: { servers: { items: { properties: { role: { enum: string[] } } } } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'servers']));
    expect(schema.properties.servers.items.properties.role.enum).toEqual(['bastion', 'lb', 'web', 'db']);
    expect(JSON.stringify(jsonSchemaOf('mission'))).toContain('"checklist"');
  });
});
