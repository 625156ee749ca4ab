/** Public API of drift: desired state, drift per resource, fleet coverage and parity. */
export { type Coverage, coverageOf, type FleetCoverage, fleetCoverage } from './coverage';
export { DATABASE_NAME, desiredFor, desiredForServer } from './desired';
export {
  type ParityCell,
  type ParityColumn,
  type ParityKind,
  type ParityMatrix,
  type ParityOptions,
  type ParityRow,
  parityMatrix,
} from './parity';
export { driftedItems, driftOfServer, isDrifted, serverDrift } from './serverDrift';
export type * from './types';
