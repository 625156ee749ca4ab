/**
 * What installing a kernel image does beyond its package files: the /boot files, the maintainer script
 * output (linux-update-symlinks, initramfs-tools, update-grub) and the reboot-required flag files that
 * unattended-upgrades' kernel hook writes.
 */
import type { FsNode } from '../model/types';
import { compareVersions, kernelRelease } from '../packages';
import { dir, file } from '../world/image';

export const REBOOT_REQUIRED = '/run/reboot-required';
export const REBOOT_REQUIRED_PKGS = '/run/reboot-required.pkgs';

/** Files a `linux-image-<abi>-amd64` package puts in /boot and /lib/modules (the initrd is generated). */
export function kernelFiles(name: string, version: string, mtime: number): Record<string, FsNode> {
  const release = kernelRelease(name, version);
  if (release === undefined) return {};
  const image = `\u007fELF vmlinuz ${release}\n`;
  return {
    [`/boot/vmlinuz-${release}`]: file(image, mtime, 'root', 0o644),
    [`/boot/config-${release}`]: file(`# Linux/x86 ${release} Kernel Configuration\n`, mtime),
    [`/boot/System.map-${release}`]: file(`ffffffff81000000 T _stext\n`, mtime, 'root', 0o600),
    [`/boot/initrd.img-${release}`]: file(`initramfs ${release}\n`, mtime),
    [`/lib/modules/${release}`]: dir(mtime),
  };
}

export interface KernelRef {
  release: string;
  version: string;
}

/** Installed kernels, newest first (the order GRUB lists them). */
export function kernelsOf(installed: Readonly<Record<string, string>>): KernelRef[] {
  return Object.entries(installed)
    .flatMap(([name, version]) => {
      const release = kernelRelease(name, version);
      return release === undefined ? [] : [{ release, version }];
    })
    .sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * The postinst output of a kernel image: new symlinks when it becomes the default, the initramfs, the
 * unattended-upgrades hook (silent) and update-grub listing every installed kernel.
 */
export function kernelPostinst(
  release: string,
  previousDefault: string | undefined,
  after: readonly KernelRef[],
  hasUnattendedUpgrades: boolean,
): { fd: 1 | 2; text: string }[] {
  const lines: { fd: 1 | 2; text: string }[] = [];
  const out = (text: string) => lines.push({ fd: 1, text });
  const err = (text: string) => lines.push({ fd: 2, text });
  if (after[0]?.release === release && previousDefault !== release) {
    if (previousDefault !== undefined) {
      out(`I: /vmlinuz.old is now a symlink to boot/vmlinuz-${previousDefault}`);
      out(`I: /initrd.img.old is now a symlink to boot/initrd.img-${previousDefault}`);
    }
    out(`I: /vmlinuz is now a symlink to boot/vmlinuz-${release}`);
    out(`I: /initrd.img is now a symlink to boot/initrd.img-${release}`);
  }
  out('/etc/kernel/postinst.d/initramfs-tools:');
  out(`update-initramfs: Generating /boot/initrd.img-${release}`);
  if (hasUnattendedUpgrades) out('/etc/kernel/postinst.d/unattended-upgrades:');
  out('/etc/kernel/postinst.d/zz-update-grub:');
  err('Generating grub configuration file ...');
  for (const k of after) {
    err(`Found linux image: /boot/vmlinuz-${k.release}`);
    err(`Found initrd image: /boot/initrd.img-${k.release}`);
  }
  err('Warning: os-prober will not be executed to detect other bootable partitions.');
  err('Systems on them will not be added to the GRUB boot configuration.');
  err('Check GRUB_DISABLE_OS_PROBER documentation entry.');
  err('done');
  return lines;
}

/** The flag files unattended-upgrades' kernel hook writes, listing the packages that need the reboot. */
export function rebootRequiredFiles(
  fs: Readonly<Record<string, FsNode>>,
  packageName: string,
  mtime: number,
): Record<string, FsNode> {
  const existing = fs[REBOOT_REQUIRED_PKGS];
  const listed = existing?.kind === 'file' ? existing.content.split('\n').filter(Boolean) : [];
  const pkgs = listed.includes(packageName) ? listed : [...listed, packageName];
  return {
    [REBOOT_REQUIRED]: file('*** System restart required ***\n', mtime),
    [REBOOT_REQUIRED_PKGS]: file(`${pkgs.join('\n')}\n`, mtime),
  };
}
