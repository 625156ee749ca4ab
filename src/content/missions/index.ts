/** Public API of the missions: data, checks, per-learner variables, progress and the terminal commands. */
export { triggerChaos } from './chaos';
export { type CheckResult, evaluateCondition, evaluateMission, type MissionEvaluation } from './checks';
export { hintCommand, missionCommand, registerMissionCommands } from './commands';
export type { Condition, ConditionKind } from './conditions';
export * from './progress';
export * from './progressSchema';
export { findMission, MISSIONS } from './registry';
export { commandsOf, missingCommands, missionLines, setupLines } from './requirements';
export {
  type ActiveMission,
  createMissionRuntime,
  type MissionRuntime,
  type RuntimeOptions,
} from './runtime';
export * from './schema';
export { type MissionStart, type SetupLine, startMission } from './start';
export { allowedValues, fill, type MissionVars, resolveVariables } from './variables';
