export { loadLessonTree } from './lessons';
export { findScenario, LAB_START, SCENARIOS, type ScenarioInfo } from './scenarios';
