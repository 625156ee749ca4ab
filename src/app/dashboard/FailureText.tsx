import { useTranslation } from 'react-i18next';
import type { HealthFailure } from '../../core';

export const FAILURE_KEYS = {
  SERVICE_INACTIVE: 'dashboard.failures.SERVICE_INACTIVE',
  SERVICE_FAILED: 'dashboard.failures.SERVICE_FAILED',
  HOST_UNREACHABLE: 'dashboard.failures.HOST_UNREACHABLE',
  HOST_POWERED_OFF: 'dashboard.failures.HOST_POWERED_OFF',
  SERVICE_NOT_ENABLED: 'dashboard.failures.SERVICE_NOT_ENABLED',
  UNIT_NOT_FOUND: 'dashboard.failures.UNIT_NOT_FOUND',
  PACKAGE_NOT_INSTALLED: 'dashboard.failures.PACKAGE_NOT_INSTALLED',
  NGINX_CONFIG_INVALID: 'dashboard.failures.NGINX_CONFIG_INVALID',
  CONFIG_MISSING: 'dashboard.failures.CONFIG_MISSING',
  CONFIG_INVALID: 'dashboard.failures.CONFIG_INVALID',
  RUNTIME_UNMET: 'dashboard.failures.RUNTIME_UNMET',
  DB_HOST_UNRESOLVABLE: 'dashboard.failures.DB_HOST_UNRESOLVABLE',
  SCHEMA_MISMATCH: 'dashboard.failures.SCHEMA_MISMATCH',
  DISK_FULL: 'dashboard.failures.DISK_FULL',
  DISK_SPACE_LOW: 'dashboard.failures.DISK_SPACE_LOW',
  RESTART_PENDING: 'dashboard.failures.RESTART_PENDING',
  REBOOT_REQUIRED: 'dashboard.failures.REBOOT_REQUIRED',
  CVE_NOT_MITIGATED: 'dashboard.failures.CVE_NOT_MITIGATED',
  CERT_EXPIRED: 'dashboard.failures.CERT_EXPIRED',
  CERT_EXPIRING: 'dashboard.failures.CERT_EXPIRING',
  HTTPS_NOT_SERVED: 'dashboard.failures.HTTPS_NOT_SERVED',
  LB_DOWN: 'dashboard.failures.LB_DOWN',
  DATABASE_DOWN: 'dashboard.failures.DATABASE_DOWN',
  NO_BACKEND_UP: 'dashboard.failures.NO_BACKEND_UP',
  BACKENDS_DOWN: 'dashboard.failures.BACKENDS_DOWN',
  MIXED_RELEASES: 'dashboard.failures.MIXED_RELEASES',
} as const satisfies Record<HealthFailure['code'], string>;

/** A finding's parameters for i18next: a certificate's days are the count its plural forms follow. */
function failureParams(params: HealthFailure['params']): HealthFailure['params'] {
  return 'days' in params ? { ...params, count: params.days } : params;
}

/** A health finding in the learner's language: the core gives codes and parameters, never sentences. */
export function FailureText({ failure }: { failure: HealthFailure }) {
  const { t } = useTranslation();
  return <>{t(FAILURE_KEYS[failure.code], failureParams(failure.params))}</>;
}

/** A stable React key for a finding. */
export function failureKey(failure: HealthFailure): string {
  return `${failure.code}:${JSON.stringify(failure.params)}`;
}

/** Findings as a list, errors marked apart from warnings (by word as well as colour). */
export function FailureList({ failures }: { failures: readonly HealthFailure[] }) {
  const { t } = useTranslation();
  return (
    <ul className="failures">
      {failures.map((failure) => (
        <li key={failureKey(failure)} data-severity={failure.severity}>
          <span className="failures__severity">{t(`dashboard.severity.${failure.severity}`)}</span>{' '}
          <FailureText failure={failure} />
        </li>
      ))}
    </ul>
  );
}
