import type { DiffHunk } from '../drift/types';
import type { World } from '../model/types';
import type { ServiceChange } from '../ops/services';

/** What converge does to one resource, in Ansible's and apt's words. */
export type ConvergeActionKind =
  | 'install'
  | 'upgrade'
  | 'downgrade'
  | 'remove'
  | 'write-file'
  | 'set-attributes'
  | 'start'
  | 'stop'
  | 'enable'
  | 'disable'
  | 'restart'
  | 'reload'
  | 'migrate';

export interface ConvergeAction {
  /** `package:nginx`, `file:/etc/loja/loja.ini`, `service:loja`, `database:loja`. */
  resource: string;
  action: ConvergeActionKind;
  /** Short readable states, as in drift items; null for absent. */
  before: string | null;
  after: string | null;
  /** Before → after line diff of a file's content (`--diff`). */
  diff?: string;
  hunks?: DiffHunk[];
  /** For a handler (restart/reload): the changed resources that notified it. */
  notifiedBy?: string[];
}

export type ConvergeFailureCode =
  /** The dpkg lock is held (unattended-upgrades): no package changed. */
  | 'LOCKED'
  /** apt refused the transaction (a version not in the enabled sources, a conflict). */
  | 'APT_ERROR'
  /** A held package would change (`apt-mark hold`): apt refuses, as without --allow-change-held-packages. */
  | 'HELD'
  /** A package's configuration (its postinst restarting a unit) failed: it is left half-configured. */
  | 'DPKG_ERROR'
  | 'IS_A_DIRECTORY'
  | 'MIGRATION_FAILED'
  /** systemctl's failures: the unit does not exist, failed to start, or could not reload. */
  | Exclude<ServiceChange['outcome'], { ok: true }>['code'];

/** Something converge could not do; the resource stays drifted. */
export interface ConvergeFailure {
  resource: string;
  code: ConvergeFailureCode;
  params: Record<string, string>;
}

/**
 * One host's part of a run, like a line of Ansible's PLAY RECAP: `changed` when it has actions, `ok` when
 * it was already converged, `unreachable` when it could not be contacted (nothing done, left as it was).
 */
export interface HostConverge {
  host: string;
  status: 'ok' | 'changed' | 'unreachable';
  actions: ConvergeAction[];
  failures: ConvergeFailure[];
}

export interface ConvergeOptions {
  /** Hosts, roles (`web`), environments (`staging`) or groups (`staging_web`), like `--limit`. */
  limit?: readonly string[];
  /** Also remove what nobody declared (UNMANAGED packages, files in managed directories, services). */
  purge?: boolean;
}

/** The dry run (`--check --diff`): what converging would change, host by host. */
export interface ConvergePlan {
  purge: boolean;
  limit: string[] | null;
  hosts: HostConverge[];
  /** `limit` entries that matched no host, group, role or environment. */
  unmatched: string[];
}

export interface ConvergeResult {
  world: World;
  hosts: HostConverge[];
}
