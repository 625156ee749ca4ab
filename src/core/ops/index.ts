/** Public API of the operations: the functions that change the world the way real Debian tools do. */

export {
  databaseHostOf,
  latestSchema,
  type MigrationCode,
  type MigrationOutcome,
  migrateSchema,
  migrationName,
} from './database';
export { installedOwner } from './dpkgFiles';
export {
  autoremovable,
  dpkgStatusAbbrev,
  heldPackages,
  installedVersions,
  packageStatus,
  pendingConfigure,
  rebootRequired,
  repoOptions,
} from './dpkgState';
export { type AttrOptions, chmodPath, chownPath, knownGroups } from './fileAttrs';
export { type CopyOptions, copyPath, movePath } from './fileMove';
export {
  type MkdirOptions,
  makeDir,
  type RemoveOptions,
  removePath,
  touchPath,
  type WriteOptions,
  writeFile,
} from './files';
export { type FsChange, type FsErrorCode, type FsOutcome, nodeSummary } from './fsCommon';
export { guardHost, type HostFailure, type ToolText } from './outcome';
export * from './packages';
export { type Access, hasAccess, mayWrite } from './permissions';
export * from './services';
export * from './system';
