/**
 * What the checks ask of the engine, in one place: drift, health, deployments, `nginx -t`, needrestart and
 * CVEs. When an engine module changes its public API, only this file follows.
 */
import {
  type DeploymentStatus,
  type DriftStatus,
  deploymentHealth,
  driftedItems,
  nginxConfigTest,
  type Server,
  serverDrift,
  serverHealth,
  type World,
} from '../../core';
import { compareVersions, cvesOpen, staleLoads } from '../../core/packages';

export { compareVersions };

function installed(server: Server): Record<string, string> {
  return Object.fromEntries(Object.entries(server.packages).map(([name, pkg]) => [name, pkg.version]));
}

/** The drift status of a declared file (`IN_SYNC`, `MODIFIED`, `MISSING`), or null when nothing declares it. */
export function fileDrift(world: World, host: string, path: string): DriftStatus | null {
  const item = serverDrift(world, host).find((i) => i.resource === `file:${path}`);
  return item ? item.status : null;
}

/** Resources of `host` that drifted, as `file:/etc/x (MODIFIED)`. */
export function driftedResources(world: World, host: string): string[] {
  return driftedItems(serverDrift(world, host)).map((i) => `${i.resource} (${i.status})`);
}

/** Failing health checks of `host` (errors only), as codes; null for an unknown host. */
export function healthErrors(world: World, host: string): string[] | null {
  const health = serverHealth(world, host);
  if (!health) return null;
  return health.failures.filter((f) => f.severity === 'error').map((f) => f.code);
}

/** `healthy`, `degraded` or `down`; null when the environment has no app servers. */
export function deploymentStatus(world: World, env: string): DeploymentStatus | null {
  return deploymentHealth(world, env)?.status ?? null;
}

/** What `nginx -t` says went wrong, or null when the configuration is valid. */
export function nginxError(server: Server): string | null {
  const test = nginxConfigTest(server);
  if (test.ok) return null;
  return test.error?.message ?? test.output[0] ?? 'nginx is not installed';
}

/** Running units still mapping a library version older than the installed one (what needrestart lists). */
export function unitsToRestart(server: Server): string[] {
  const now = installed(server);
  return Object.entries(server.services)
    .filter(([, s]) => s.active === 'active' && staleLoads(s.loaded, now).length > 0)
    .map(([unit]) => unit)
    .sort();
}

/**
 * Where `cve` is still exploitable on a server: an installed package version that has it open, or a running
 * unit that mapped such a version before it was upgraded.
 */
export function cveExposure(server: Server, cve: string): string[] {
  const hasIt = (name: string, version: string) => cvesOpen(name, version).some((c) => c.id === cve);
  const packages = Object.entries(installed(server))
    .filter(([name, version]) => hasIt(name, version))
    .map(([name, version]) => `${name} ${version}`);
  const units = Object.entries(server.services)
    .filter(([, s]) => s.active === 'active' && Object.entries(s.loaded).some(([n, v]) => hasIt(n, v)))
    .map(([unit]) => `${unit}.service`)
    .sort();
  return [...packages, ...units];
}
