import type { DeploymentStatus, DriftStatus, PackageStatus, ServiceActiveState } from '../../core';
import type { Locale } from '../../i18n';

/**
 * The state words a failing check's reason shows (its `{{found}}`), in the learner's language: the words the
 * dashboard uses, with the real tool's term beside them where the learner reads it in the terminal
 * (`systemctl` says `failed`, `dpkg` says `half-configured`, `drift` says `MODIFIED`).
 */
export interface FoundWords {
  deployment: Record<DeploymentStatus, string>;
  noDeployment: string;
  service: Record<ServiceActiveState, string>;
  enabled: string;
  disabled: string;
  noUnit: string;
  package: Record<Exclude<PackageStatus, 'installed'>, string>;
  notInstalled: string;
  present: string;
  missing: string;
  noHost: string;
  drift: Record<DriftStatus, string>;
  notDeclared: string;
}

export const FOUND_WORDS: Record<Locale, FoundWords> = {
  'pt-BR': {
    deployment: { healthy: 'saudável', degraded: 'degradada', down: 'fora do ar' },
    noDeployment: 'sem implantação',
    service: { active: 'rodando (active)', inactive: 'parado (inactive)', failed: 'com falha (failed)' },
    enabled: 'habilitado (enabled)',
    disabled: 'desabilitado (disabled)',
    noUnit: 'a unidade não existe',
    package: {
      'half-configured': 'configuração incompleta: half-configured',
      unpacked: 'desempacotado, não configurado: unpacked',
    },
    notInstalled: 'não instalado',
    present: 'presente',
    missing: 'ausente',
    noHost: 'o servidor {{host}} não existe',
    drift: {
      IN_SYNC: 'em sincronia (IN_SYNC)',
      MODIFIED: 'modificado (MODIFIED)',
      MISSING: 'ausente (MISSING)',
      UNMANAGED: 'não gerenciado (UNMANAGED)',
    },
    notDeclared: 'não declarado',
  },
  en: {
    deployment: { healthy: 'healthy', degraded: 'degraded', down: 'down' },
    noDeployment: 'no deployment',
    service: { active: 'active', inactive: 'inactive', failed: 'failed' },
    enabled: 'enabled',
    disabled: 'disabled',
    noUnit: 'no such unit',
    package: { 'half-configured': 'half-configured', unpacked: 'unpacked' },
    notInstalled: 'not installed',
    present: 'present',
    missing: 'missing',
    noHost: 'no host {{host}}',
    drift: { IN_SYNC: 'IN_SYNC', MODIFIED: 'MODIFIED', MISSING: 'MISSING', UNMANAGED: 'UNMANAGED' },
    notDeclared: 'not declared',
  },
};
