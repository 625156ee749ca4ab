/**
 * The world model: plain, serializable data. Everything the shell changes and the dashboard shows lives
 * here, so it can be persisted, diffed, undone and replayed. No functions, no classes, no Dates.
 */

export type Role = 'bastion' | 'lb' | 'web' | 'db';

export interface FileNode {
  kind: 'file';
  content: string;
  owner: string;
  group: string;
  /** Permission bits, e.g. 0o644. */
  mode: number;
  /** Simulated epoch milliseconds. */
  mtime: number;
}

export interface DirNode {
  kind: 'dir';
  owner: string;
  group: string;
  mode: number;
  mtime: number;
}

export type FsNode = FileNode | DirNode;

export type ServiceActiveState = 'active' | 'inactive' | 'failed';

export interface JournalLine {
  time: number;
  /** syslog priority: 0 emerg … 7 debug. */
  priority: number;
  message: string;
}

export interface Service {
  /** Package that ships the unit. */
  package: string;
  description: string;
  enabled: boolean;
  active: ServiceActiveState;
  /** When it last entered its current state (simulated ms). */
  since: number;
  /** Library package → version the running process has mapped; empty when not running. */
  loaded: Record<string, string>;
  journal: JournalLine[];
}

export interface InstalledPackage {
  version: string;
  held: boolean;
}

export interface User {
  uid: number;
  gid: number;
  home: string;
  shell: string;
  groups: string[];
}

export interface Server {
  hostname: string;
  env: string;
  role: Role;
  ip: string;
  osPrettyName: string;
  kernel: { running: string; installed: string };
  /** Simulated ms when the server last booted. */
  bootedAt: number;
  power: 'on' | 'off';
  reachable: boolean;
  packages: Record<string, InstalledPackage>;
  /** Absolute path → node. Directories are explicit so `ls` and `mkdir` behave. */
  fs: Record<string, FsNode>;
  services: Record<string, Service>;
  users: Record<string, User>;
  disk: { totalMb: number; usedMb: number };
}

export interface LedgerEntry {
  seq: number;
  time: number;
  host: string;
  user: string;
  command: string;
  /** e.g. `service:nginx`, `file:/etc/nginx/nginx.conf`, `package:nginx`. */
  resource: string;
  before: string | null;
  after: string | null;
}

export interface World {
  schemaVersion: 1;
  scenario: string;
  seed: number;
  /** The simulated clock, epoch ms. Only the engine advances it. */
  now: number;
  /** Hostnames in display order. */
  order: string[];
  servers: Record<string, Server>;
  ledger: LedgerEntry[];
}
