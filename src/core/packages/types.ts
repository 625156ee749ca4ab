/**
 * Types of the simulated package repository (Debian 12 "bookworm" plus lab sources).
 * Everything is plain, serializable data: no classes, no functions, no Maps.
 */

/** Debian `Priority:` field. */
export type Priority = 'required' | 'important' | 'standard' | 'optional' | 'extra';

/** Where a version is published. See `SOURCES` in sources.ts for the apt line of each. */
export type SourceId =
  | 'bookworm'
  | 'bookworm-updates'
  | 'bookworm-security'
  | 'bookworm-backports'
  | 'nginx-org'
  | 'lab-python'
  | 'loja';

export interface SourceInfo {
  id: SourceId;
  /** Archive URI as written in sources.list. */
  uri: string;
  /** Suite (`Suite:`/codename) as `apt list` prints it after the slash. */
  suite: string;
  component: string;
  origin: string;
  /** NotAutomatic: yes (+ ButAutomaticUpgrades) → default pin priority 100 instead of 500. */
  notAutomatic: boolean;
  /** Enabled on a stock Debian 12 server (see DEFAULT_SOURCES). */
  defaultEnabled: boolean;
}

/** Debian relation operators. `<<` and `>>` are strict. */
export type Relation = '<<' | '<=' | '=' | '>=' | '>>';

export interface VersionConstraint {
  op: Relation;
  version: string;
}

/** One alternative of a dependency, e.g. `libssl3 (>= 3.0.11)`. */
export interface DependencyAlternative {
  name: string;
  constraint?: VersionConstraint;
}

/** An OR-group: `a (>= 1) | b`. A `Depends:` field is an AND of clauses. */
export type DependencyClause = readonly DependencyAlternative[];

export type CveSeverity = 'low' | 'medium' | 'high' | 'critical';

export interface CveInfo {
  id: string;
  severity: CveSeverity;
  /** Short English summary, as a security tracker would show. */
  summary: string;
  /** True for ids invented for the lab (CVE-2026-1xxxx); false for real historical CVEs. */
  labInvented: boolean;
}

/** A systemd unit a package ships. */
export interface ServiceInfo {
  /** Unit name without `.service`, e.g. `nginx`, `ssh`, `postgresql@15-main`. */
  name: string;
  /**
   * Packages whose files the running process maps (shared libraries, interpreters).
   * When one of them changes version while the service runs, the process keeps the old
   * copy until restarted: this is what `needrestart` reports.
   */
  loads: readonly string[];
}

/**
 * A config-level breaking change the engine applies when validating a config file
 * (behaviour a: nginx >= 1.25.1 rejects `ssl on;`).
 */
export interface BreakingChange {
  id: string;
  /** First upstream version with the change. */
  since: string;
  kind: 'directive-removed' | 'directive-deprecated';
  /** `error` makes `nginx -t` fail; `warn` only prints. */
  severity: 'error' | 'warn';
  /** Config files it applies to (glob-ish prefixes), e.g. `/etc/nginx/`. */
  appliesTo: string;
  directive: string;
  /** JavaScript regular-expression source matched against each line (no flags). */
  linePattern: string;
  /** The tool's exact message, with `{file}` and `{line}` placeholders. */
  messageTemplate: string;
  /** Line printed after the messages when the test fails (severity error). */
  failureTemplate?: string;
  /** What the fix looks like, for hints and debriefs. */
  replacement: string;
}

/**
 * A requirement checked when the service starts, separate from apt `Depends`
 * (behaviour c: apt installs loja 3.0.0 next to Python 3.11, the service then fails).
 */
export interface RuntimeRequirement {
  package: string;
  constraint: VersionConstraint;
  /** Service that fails. */
  service: string;
  /** Error line with `{found}` = upstream version of the installed package (or `none`). */
  messageTemplate: string;
  exitCode: number;
}

export interface PackageVersion {
  version: string;
  source: SourceId;
  arch: 'amd64' | 'all';
  /** Installed-Size in KiB, as in `apt show`. */
  installedSize: number;
  /** Short changelog-style summary of this version. */
  changes: string;
  depends: readonly DependencyClause[];
  conflicts: readonly DependencyAlternative[];
  /** Virtual packages provided (unversioned). */
  provides: readonly string[];
  services: readonly ServiceInfo[];
  /** `fixed`: CVEs this version fixes that older catalog versions had; `open`: known unfixed. */
  cves: { fixed: readonly string[]; open: readonly string[] };
  /** Behaviour b: a shared library; running processes keep the old copy until restart. */
  sharedLibrary?: { sonames: readonly string[] };
  /** Behaviour d: a kernel image; installing it makes the server "reboot required". */
  kernel?: { release: string };
  /** Behaviour a. */
  breaking?: readonly BreakingChange[];
  /** Behaviour c. */
  runtimeRequires?: readonly RuntimeRequirement[];
  /** For the shop app: the database schema version this release expects. */
  app?: { schemaVersion: number };
}

export interface PackageInfo {
  name: string;
  section: string;
  priority: Priority;
  /** Behaviour e: `Essential: yes` → removal needs `--allow-remove-essential`. */
  essential: boolean;
  /** apt's own `Important: yes` (apt itself): removal warns like an essential package. */
  important: boolean;
  /** `Protected: yes` → apt refuses removal outright. */
  protected: boolean;
  description: string;
  /** Sorted by version, highest first. */
  versions: readonly PackageVersion[];
}

export type Catalog = Readonly<Record<string, PackageInfo>>;

/** apt_preferences(5) pin: matching versions/releases get `priority`. */
export interface Pin {
  /** Package name or `*`. */
  package: string;
  /** Version glob (`1.22.*`), like `Pin: version 1.22.*`. */
  version?: string;
  /** Like `Pin: release a=bookworm-backports`. */
  source?: SourceId;
  priority: number;
}

export interface RepoOptions {
  /** Enabled sources; default DEFAULT_SOURCES (a stock Debian 12 server). */
  sources?: readonly SourceId[];
  pins?: readonly Pin[];
  /** `apt-mark hold` packages. */
  holds?: readonly string[];
  /** `-t RELEASE`: versions from it get priority 990. */
  targetRelease?: SourceId;
  /** Override the built-in catalog (tests, scenario variants). */
  catalog?: Catalog;
}

/** Installed packages: name → version. */
export type Installed = Readonly<Record<string, string>>;
