import type { DiffHunk } from '../drift/types';
import type { World } from '../model/types';

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

/** Something converge could not do; the resource stays drifted. */
export interface ConvergeFailure {
  resource: string;
  code: 'UNIT_NOT_FOUND' | 'IS_A_DIRECTORY';
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
