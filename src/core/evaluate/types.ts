import type { Coverage } from '../drift/coverage';
import type { DriftItem } from '../drift/types';
import type { DeploymentHealth } from '../health/deployment';
import type { ServerHealth, ServerStatus } from '../health/serverHealth';
import type { Role } from '../model/types';

/** Drift and health of one server. The same object comes back for as long as its inputs do not change. */
export interface ServerEvaluation {
  host: string;
  env: string;
  role: Role;
  /** Every declared resource (IN_SYNC included) and every UNMANAGED one. */
  drift: readonly DriftItem[];
  coverage: Coverage;
  health: ServerHealth;
}

export interface GroupEvaluation {
  servers: number;
  /** Drift coverage of the group, with counts per drift status. */
  coverage: Coverage;
  /** Servers per health status. */
  health: Record<ServerStatus, number>;
  /** Servers with at least one resource not IN_SYNC. */
  drifted: number;
}

export interface EnvEvaluation extends GroupEvaluation {
  env: string;
  /** Health of the shop's deployment there; null where no app server lives. Computed on first read. */
  deployment: DeploymentHealth | null;
}

export interface FleetEvaluation extends GroupEvaluation {
  /** Every server's evaluation, in display order. */
  list: readonly ServerEvaluation[];
  /** Hostname → evaluation, in display order (built on first read). */
  byServer: Record<string, ServerEvaluation>;
  byEnv: Record<string, EnvEvaluation>;
}

/** What the last `evaluate` call did: tests assert incrementality with it, the benchmark reports it. */
export interface EvaluatorStats {
  servers: number;
  /** Servers whose drift and health were computed afresh because the server or its inputs changed. */
  reevaluated: number;
  /** Servers whose clock-dependent checks (certificates) ran because only the clock moved. */
  clockChecked: number;
  /** Deployments computed afresh since the last call (they are computed when read). */
  deployments: number;
}
