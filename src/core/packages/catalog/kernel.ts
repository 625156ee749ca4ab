/**
 * Kernels (behaviour d). Debian's `linux-image-amd64` metapackage depends on one ABI-versioned image
 * (`linux-image-6.1.0-25-amd64`, upstream 6.1.106). Each image is a new package, so `apt-get upgrade`
 * keeps the metapackage back and `apt upgrade`/`full-upgrade` install it; installing one makes the
 * server "reboot required" until it boots the new release.
 */
import type { PackageInfo, SourceId } from '../types';
import { cveTimeline, definePackage } from './define';

const CVES = ['CVE-2024-1086', 'CVE-2026-10031', 'CVE-2026-10032'];
const ROWS: ReadonlyArray<readonly [string, string, SourceId, string]> = [
  ['6.1.0-18', '6.1.76-1', 'bookworm', 'Linux 6.1.76 (Debian 12.5)'],
  ['6.1.0-21', '6.1.90-1', 'bookworm-security', 'Linux 6.1.90: netfilter fixes'],
  ['6.1.0-25', '6.1.106-3', 'bookworm-security', 'Linux 6.1.106 (Debian 12.7): ext4 fixes'],
];
const TIMELINE = cveTimeline(CVES, [1, 2, 3]);

export const KERNEL: readonly PackageInfo[] = [
  definePackage({
    name: 'linux-image-amd64',
    section: 'kernel',
    priority: 'optional',
    description: 'Linux for 64-bit PCs (meta-package)',
    versions: ROWS.map(([abi, v, src, changes], i) => ({
      v,
      src,
      size: 13,
      changes: `Update to ${abi}-amd64: ${changes}`,
      deps: `linux-image-${abi}-amd64 (= ${v})`,
      ...TIMELINE[i],
    })),
  }),
  ...ROWS.map(([abi, v, src, changes], i) =>
    definePackage({
      name: `linux-image-${abi}-amd64`,
      section: 'kernel',
      priority: 'optional',
      description: `Linux ${abi.slice(0, 3)} for 64-bit PCs (signed)`,
      versions: [
        { v, src, size: 398000 + i * 1200, changes, kernel: { release: `${abi}-amd64` }, ...TIMELINE[i] },
      ],
    }),
  ),
];
