export { loadLessonTree } from './lessons';
export * from './missions';
export { findScenario, LAB_START, SCENARIOS, type ScenarioInfo } from './scenarios';
