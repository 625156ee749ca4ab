/**
 * What common programs print when asked their version, as Debian 12's builds print it, from the version of
 * the package that installed them: the one thing the lab simulates of programs it does not implement.
 */
import type { Server } from '../../core';
import { upstreamVersion } from '../../core/packages';

interface Banner {
  /** The arguments (the whole argument list) that ask for the version. */
  asks: readonly (readonly string[])[];
  text: (upstream: string, server: Server) => string;
}

/** OpenSSL's release dates, which `openssl version` prints after the number. */
const OPENSSL_DATES: Readonly<Record<string, string>> = {
  '3.0.11': '19 Sep 2023',
  '3.0.13': '30 Jan 2024',
  '3.0.15': '3 Sep 2024',
  '3.0.16': '11 Feb 2025',
};

function openssl(upstream: string): string {
  const date = OPENSSL_DATES[upstream];
  return date ? `OpenSSL ${upstream} ${date}` : `OpenSSL ${upstream}`;
}

const python: Banner = { asks: [['--version'], ['-V']], text: (v) => `Python ${v}\n` };

const BANNERS: Readonly<Record<string, Banner>> = {
  python3: python,
  htop: { asks: [['--version'], ['-V']], text: (v) => `htop ${v}\n` },
  git: { asks: [['--version'], ['version']], text: (v) => `git version ${v}\n` },
  rsync: {
    asks: [['--version'], ['-V']],
    text: (v) =>
      [
        `rsync  version ${v}  protocol version 31`,
        'Copyright (C) 1996-2022 by Andrew Tridgell, Wayne Davison, and others.',
        'Web site: https://rsync.samba.org/',
        '',
        'rsync comes with ABSOLUTELY NO WARRANTY.  This is free software, and you',
        'are welcome to redistribute it under certain conditions.  See the GNU',
        'General Public Licence for details.',
        '',
      ].join('\n'),
  },
  bash: {
    asks: [['--version']],
    text: (v) =>
      [
        `GNU bash, version ${v}(1)-release (x86_64-pc-linux-gnu)`,
        'Copyright (C) 2022 Free Software Foundation, Inc.',
        'License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>',
        '',
        'This is free software; you are free to change and redistribute it.',
        'There is NO WARRANTY, to the extent permitted by law.',
        '',
      ].join('\n'),
  },
  openssl: {
    asks: [['version']],
    text: (v, server) => {
      const lib = server.packages.libssl3?.version;
      return `${openssl(v)} (Library: ${openssl(lib ? upstreamVersion(lib) : v)})\n`;
    },
  },
};

/** The banner `name` prints for these arguments, or null when they do not ask for the version. */
export function versionBanner(
  name: string,
  args: readonly string[],
  version: string,
  server: Server,
): string | null {
  const banner = BANNERS[name] ?? (/^python3\.\d+$/.test(name) ? python : undefined);
  if (!banner?.asks.some((ask) => ask.length === args.length && ask.every((a, i) => a === args[i])))
    return null;
  return banner.text(upstreamVersion(version), server);
}
