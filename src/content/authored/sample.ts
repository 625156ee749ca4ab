import { FROTA_SPECS } from '../../core';
import { SCENARIO_FORMAT, SCENARIO_VERSION, type ScenarioDoc } from './scenarioSchema';

/** What the authoring editor opens with: the default fleet, plus a colleague's hotfix last night. */
export const SAMPLE_SCENARIO: ScenarioDoc = {
  format: SCENARIO_FORMAT,
  version: SCENARIO_VERSION,
  id: 'minha-frota',
  title: { 'pt-BR': 'Minha frota', en: 'My fleet' },
  seed: 1,
  servers: FROTA_SPECS.map((s) => ({ ...s })),
  events: [{ hoursBefore: 6, kind: 'hotfix', host: 'web-02' }],
};
