/** Health findings as codes plus parameters: the UI turns them into words in the learner's language. */

/** Why a service cannot start (also reported by server health for enabled services). */
export type StartFailureCode =
  | 'UNIT_NOT_FOUND'
  | 'PACKAGE_NOT_INSTALLED'
  | 'NGINX_CONFIG_INVALID'
  | 'CONFIG_MISSING'
  | 'CONFIG_INVALID'
  | 'RUNTIME_UNMET'
  | 'DB_HOST_UNRESOLVABLE';

export type HealthCode =
  | StartFailureCode
  | 'HOST_POWERED_OFF'
  | 'HOST_UNREACHABLE'
  | 'SERVICE_FAILED'
  | 'SERVICE_INACTIVE'
  | 'SERVICE_NOT_ENABLED'
  | 'SCHEMA_MISMATCH'
  | 'DISK_FULL'
  | 'DISK_SPACE_LOW'
  | 'RESTART_PENDING'
  | 'REBOOT_REQUIRED'
  | 'CVE_NOT_MITIGATED'
  | 'CERT_EXPIRED'
  | 'CERT_EXPIRING'
  // deployment (per backend, then per environment)
  | 'HTTPS_NOT_SERVED'
  | 'LB_DOWN'
  | 'DATABASE_DOWN'
  | 'NO_BACKEND_UP'
  | 'BACKENDS_DOWN'
  | 'MIXED_RELEASES';

export type Severity = 'error' | 'warning';

/** The named values a message may mention; lists are joined with ", " so they read in any language. */
export type FailureParams = {
  host?: string;
  hosts?: string;
  unit?: string;
  units?: string;
  package?: string;
  packages?: string;
  file?: string;
  line?: number;
  required?: string;
  found?: string;
  expected?: number;
  actual?: number;
  db?: string;
  release?: string;
  releases?: string;
  cve?: string;
  count?: number;
  percent?: number;
  path?: string;
  subject?: string;
  days?: number;
  running?: string;
  installed?: string;
};

/** A failing check. `detail` holds what the tools print about it (journal lines, `nginx -t`). */
export interface HealthFailure {
  code: HealthCode;
  severity: Severity;
  params: FailureParams;
  detail?: string[];
}

export function failure(
  code: HealthCode,
  severity: Severity,
  params: FailureParams,
  detail?: readonly string[],
): HealthFailure {
  return detail && detail.length > 0
    ? { code, severity, params, detail: [...detail] }
    : { code, severity, params };
}
