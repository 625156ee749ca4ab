export * from './health/serverHealth';
export * from './model/paths';
export type * from './model/types';
export * from './ops/services';
export * from './scenarios/skeleton';
export type { ServerSpec } from './world/baseServer';
export * from './world/update';
