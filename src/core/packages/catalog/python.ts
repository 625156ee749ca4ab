/**
 * Python: 3.11 from bookworm, 3.12 from a lab repository (source `lab-python`, off by default),
 * like a team adding a third-party repo on some servers only.
 */
import type { PackageInfo, SourceId } from '../types';
import { definePackage, same } from './define';

const ROWS: ReadonlyArray<readonly [string, SourceId, string, readonly string[], readonly string[]]> = [
  ['3.11.2-1+b1', 'bookworm', 'Debian 12 release (Python 3.11.2)', [], ['CVE-2023-24329', 'CVE-2023-40217']],
  [
    '3.12.4-1~lab1',
    'lab-python',
    'Python 3.12.4 built for bookworm',
    ['CVE-2023-24329', 'CVE-2023-40217'],
    [],
  ],
  ['3.12.7-1~lab1', 'lab-python', 'Python 3.12.7 built for bookworm', [], []],
];

export const PYTHON: readonly PackageInfo[] = [
  definePackage({
    name: 'python3',
    section: 'python',
    priority: 'optional',
    description: 'interactive high-level object-oriented language (default python3 version)',
    versions: ROWS.map(([v, src, changes, fixed, open]) => ({
      v,
      src,
      size: 21480,
      changes,
      deps: `${same('python3-minimal', v)}, libc6 (>= 2.34), libssl3 (>= 3.0.0), zlib1g (>= 1:1.2.0)`,
      fixed,
      open,
    })),
  }),
  definePackage({
    name: 'python3-minimal',
    section: 'python',
    priority: 'optional',
    description: 'minimal subset of the Python language (default python3 version)',
    versions: ROWS.map(([v, src, changes, fixed, open]) => ({
      v,
      src,
      size: 5120,
      changes,
      deps: 'libc6 (>= 2.34), zlib1g (>= 1:1.2.0)',
      fixed,
      open,
    })),
  }),
];
