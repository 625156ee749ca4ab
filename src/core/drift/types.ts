import type { DesiredService, Role } from '../model/types';

/** CloudFormation's drift statuses, plus driftctl's UNMANAGED for what nobody declared. */
export type DriftStatus = 'IN_SYNC' | 'MODIFIED' | 'MISSING' | 'UNMANAGED';

export type DriftKind = 'package' | 'file' | 'service' | 'database';

/** One property of a resource that differs, e.g. `mode`: `0640` → `0666`. */
export interface PropertyDiff {
  name: string;
  expected: string | null;
  actual: string | null;
}

/** A hunk of a unified line diff, as data for the UI (lines keep their ` `, `-` or `+` prefix). */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

/** A unified diff both as text (what `--diff` prints) and as hunks (what a diff view draws). */
export interface ContentPatch {
  diff: string;
  hunks: DiffHunk[];
}

/**
 * The drift of one resource on one server. `expected` is null when nothing is declared (UNMANAGED) and
 * `actual` is null when the resource is absent (MISSING).
 */
export interface DriftItem {
  /** `package:nginx`, `file:/etc/loja/loja.ini`, `service:nginx`, `database:loja`. */
  resource: string;
  kind: DriftKind;
  status: DriftStatus;
  expected: string | null;
  actual: string | null;
  /** The properties that differ (MODIFIED only). */
  properties?: PropertyDiff[];
  /** Desired → actual line diff of a MODIFIED file's content. */
  diff?: string;
  hunks?: DiffHunk[];
}

/** A managed file as it should be on one server: its template rendered with that server's variables. */
export interface DesiredFile {
  content: string;
  owner: string;
  group: string;
  mode: number;
}

/** Everything the desired state says about one server. The golden image is the baseline, not declared. */
export interface DesiredState {
  host: string;
  role: Role;
  /** Declared packages: name → exact version. */
  packages: Readonly<Record<string, string>>;
  files: Readonly<Record<string, DesiredFile>>;
  services: Readonly<Record<string, DesiredService>>;
  database: { name: string; schemaVersion: number } | null;
  managedDirs: readonly string[];
}
