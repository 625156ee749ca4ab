import { useTranslation } from 'react-i18next';
import type { ParityKind, Role } from '../../../core';
import { PARITY_KINDS, type ParityFilters } from './parityModel';

export interface ParityFiltersProps {
  filters: ParityFilters;
  envs: readonly string[];
  roles: readonly Role[];
  onChange(filters: ParityFilters): void;
}

/** Environment, role and resource kind of the heatmap, and whether to list only rows that differ. */
export function ParityFiltersForm({ filters, envs, roles, onChange }: ParityFiltersProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="parity__filters">
      <legend>{t('dashboard.parity.filters')}</legend>
      <label>
        <span>{t('dashboard.parity.env')}</span>
        <select value={filters.env} onChange={(e) => onChange({ ...filters, env: e.target.value })}>
          <option value="">{t('dashboard.parity.all')}</option>
          {envs.map((env) => (
            <option key={env} value={env}>
              {env}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('dashboard.parity.role')}</span>
        <select
          value={filters.role}
          onChange={(e) => onChange({ ...filters, role: e.target.value as Role | '' })}
        >
          <option value="">{t('dashboard.parity.all')}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`dashboard.roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('dashboard.parity.kind')}</span>
        <select
          value={filters.kind}
          onChange={(e) => onChange({ ...filters, kind: e.target.value as ParityKind | '' })}
        >
          <option value="">{t('dashboard.parity.all')}</option>
          {PARITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`dashboard.parity.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="parity__check">
        <input
          type="checkbox"
          checked={filters.differencesOnly}
          onChange={(e) => onChange({ ...filters, differencesOnly: e.target.checked })}
        />{' '}
        {t('dashboard.parity.differencesOnly')}
      </label>
      <label className="parity__check">
        <input
          type="checkbox"
          checked={filters.differingServersOnly}
          onChange={(e) => onChange({ ...filters, differingServersOnly: e.target.checked })}
        />{' '}
        {t('dashboard.parity.differingServersOnly')}
      </label>
    </fieldset>
  );
}
