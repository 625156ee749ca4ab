/**
 * The shop application `loja` (from the company repository, source `loja`) and ansible-core for
 * the bastion. Behaviour c: loja 3.0.0 needs Python >= 3.12 at runtime, but its packaging still
 * declares `python3 (>= 3.9)`, so apt installs it next to Python 3.11 and the service then fails.
 */
import type { PackageInfo, RuntimeRequirement } from '../types';
import { definePackage } from './define';

export const LOJA_NEEDS_PYTHON_312: RuntimeRequirement = {
  package: 'python3',
  constraint: { op: '>=', version: '3.12' },
  service: 'loja',
  messageTemplate: 'loja: error: Python 3.12 or newer is required (found {found})',
  exitCode: 1,
};

const LOJA = {
  src: 'loja',
  deps: 'python3 (>= 3.9), libpq5 (>= 15.3), libssl3 (>= 3.0.0)',
  services: [{ name: 'loja', loads: ['loja', 'python3', 'libpq5', 'libssl3'] }],
} as const;

export const APP: readonly PackageInfo[] = [
  definePackage({
    name: 'loja',
    section: 'web',
    priority: 'optional',
    arch: 'all',
    description: 'Loja online shop (web application and worker)',
    versions: [
      {
        ...LOJA,
        v: '2.3.0',
        size: 4210,
        changes: 'Checkout redesign',
        open: ['CVE-2026-10041', 'CVE-2026-10042'],
        app: { schemaVersion: 7 },
      },
      {
        ...LOJA,
        v: '2.4.0',
        size: 4530,
        changes: 'Parameterised product search queries; coupons table',
        fixed: ['CVE-2026-10041'],
        open: ['CVE-2026-10042'],
        app: { schemaVersion: 8 },
      },
      {
        ...LOJA,
        v: '3.0.0',
        size: 5120,
        changes: 'New major release: async workers, Secure session cookie; requires Python 3.12',
        fixed: ['CVE-2026-10042'],
        app: { schemaVersion: 9 },
        runtimeRequires: [LOJA_NEEDS_PYTHON_312],
      },
    ],
  }),
  definePackage({
    name: 'ansible-core',
    section: 'admin',
    priority: 'optional',
    arch: 'all',
    description: 'Configuration management, deployment, and task execution system',
    versions: [
      {
        v: '2.14.3-1',
        src: 'bookworm',
        size: 13340,
        changes: 'Debian 12 release (ansible-core 2.14.3)',
        deps: 'python3 (>= 3.9), openssh-client',
        open: ['CVE-2023-5764'],
      },
      {
        v: '2.14.18-0+deb12u1',
        src: 'bookworm',
        size: 13410,
        changes: 'New upstream 2.14.18: template injection fix (CVE-2023-5764)',
        deps: 'python3 (>= 3.9), openssh-client',
        fixed: ['CVE-2023-5764'],
      },
    ],
  }),
];
