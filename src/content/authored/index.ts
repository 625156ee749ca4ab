/** Scenarios and missions as documents instructors write, share and import. */
export { buildScenario } from './buildScenario';
export * from './documents';
export * from './jsonCheck';
export { type Unplayable, unplayable } from './playable';
export { SAMPLE_SCENARIO } from './sample';
export { SAMPLE_MISSION } from './sampleMission';
export * from './scenarioSchema';
