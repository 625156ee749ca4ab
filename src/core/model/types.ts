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

/** dpkg's state of an installed package; absent means `installed` (fully configured). */
export type PackageStatus = 'installed' | 'half-configured' | 'unpacked';

export interface InstalledPackage {
  version: string;
  held: boolean;
  /** `half-configured`: its postinst failed; `unpacked`: not configured because a dependency failed. */
  status?: PackageStatus;
  /** Installed only as a dependency (`apt-mark auto`): `apt autoremove` may remove it. */
  auto?: boolean;
}

export interface User {
  uid: number;
  gid: number;
  home: string;
  shell: string;
  groups: string[];
}

/** apt's view of the world on one server. */
export interface AptState {
  /** Enabled package sources (ids of `packages/sources.ts`); mirrored in /etc/apt/sources.list.d. */
  sources: string[];
  /** When `apt update` last ran (simulated ms); null if never since provisioning. */
  updatedAt: number | null;
  /** Another process holding the dpkg frontend lock (unattended-upgrades), or null. */
  lock: { holder: string; pid: number } | null;
  /** Removed (not purged) packages whose conffiles remain: name → version (`dpkg -l` shows `rc`). */
  residualConfig?: Record<string, string>;
}

/** A TLS certificate a service presents (the load balancer's site certificate). */
export interface Certificate {
  subject: string;
  /** Simulated ms after which clients reject it. */
  notAfter: number;
}

/** The shop's database, on the `db` role. */
export interface Database {
  name: string;
  /** Migration level of the schema; each loja release expects one. */
  schemaVersion: number;
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
  apt: AptState;
  /** Path of the certificate file → its metadata. */
  certificates: Record<string, Certificate>;
  database: Database | null;
}

/** A file the desired state manages. `content` may hold `{{var}}` placeholders, filled per server. */
export interface ManagedFile {
  content: string;
  owner: string;
  group: string;
  mode: number;
}

export interface DesiredService {
  enabled: boolean;
  state: 'running' | 'stopped';
}

/**
 * The desired state of a role, like an Ansible playbook or a Puppet catalog: what every server of that role
 * should have on top of the golden image.
 */
export interface Manifest {
  role: Role;
  /** Package → exact version. The app release is the version of package `loja`. */
  packages: Record<string, string>;
  files: Record<string, ManagedFile>;
  services: Record<string, DesiredService>;
  /** Directories whose files not listed above count as UNMANAGED drift. */
  managedDirs: string[];
  /** On the db role: the schema version the app expects. */
  database?: { schemaVersion: number };
}

export type BackgroundEventKind =
  | 'hotfix'
  | 'unattended-upgrades'
  | 'cron-rewrite'
  | 'disk-fill'
  | 'cert-expire'
  | 'unreachable';

/** Something that happens behind the learner's back at a given simulated time. */
export interface ScheduledEvent {
  id: string;
  at: number;
  kind: BackgroundEventKind;
  host: string;
  params: Record<string, string>;
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

/**
 * The change ledger as a persistent list: full chunks are frozen and shared between worlds, so appending
 * copies only the last chunk and the chunk array (see `history/ledger.ts`). Every chunk but the last holds
 * exactly `LEDGER_CHUNK` entries, so a given sequence of entries has exactly one layout.
 */
export interface Ledger {
  size: number;
  chunks: LedgerEntry[][];
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
  /** Desired state per role. */
  manifests: Partial<Record<Role, Manifest>>;
  /** Template variables per environment (e.g. `db_host`), used to render managed files. */
  envVars: Record<string, Record<string, string>>;
  /** Background events not yet fired, in time order. */
  events: ScheduledEvent[];
  /** State of the seeded RNG (mulberry32); advanced only by the engine. */
  rng: number;
  ledger: Ledger;
}
