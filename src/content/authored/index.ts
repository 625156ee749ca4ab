/** Scenarios and missions as documents instructors write, share and import. */
export { buildScenario } from './buildScenario';
export * from './documents';
export * from './jsonCheck';
export { SAMPLE_SCENARIO } from './sample';
export * from './scenarioSchema';
