/** Public API of the package repository model. */

export {
  breakingChanges,
  breakingChangesBetween,
  type ConfigFinding,
  checkConfig,
  checkRuntime,
  fillTemplate,
  isSharedLibrary,
  kernelRelease,
  kernelsInstalledBy,
  loadsAtStart,
  newestInstalledKernel,
  type RuntimeFailure,
  serviceProvider,
  servicesOf,
  staleLoads,
} from './behaviour';
export {
  CATALOG,
  LOJA_NEEDS_PYTHON_312,
  NGINX_LISTEN_HTTP2_DEPRECATED,
  NGINX_SSL_DIRECTIVE_REMOVED,
  PACKAGES,
} from './catalog/index';
export { CVES, getCve } from './cves';
export {
  aptOperator,
  formatClause,
  formatDepends,
  parseClause,
  parseDepends,
  satisfies,
  satisfiesConstraint,
} from './depends';
export * from './errors';
export { type RemoveResult, type RemoveSuccess, resolveRemove } from './remove';
export * from './repository';
export {
  type Action,
  type ActionKind,
  type ActionReason,
  actionKind,
  type InstallRequest,
  type Removal,
  type RemovalReason,
  type ResolveResult,
  type ResolveSuccess,
  resolveInstall,
  resolveUpgrade,
  type UpgradeMode,
} from './resolve';
export { ALL_SOURCES, DEFAULT_SOURCES, policyLine, SOURCES, sourcesListLine } from './sources';
export type * from './types';
export * from './version';
