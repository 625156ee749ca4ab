export * from './health/serverHealth';
export * from './model/paths';
export type * from './model/types';
export * from './ops/services';
export * from './rng';
export * from './scenarios';
export * from './world/image';
export * from './world/provision';
export * from './world/update';
