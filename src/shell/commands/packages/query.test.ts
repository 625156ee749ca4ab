import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);

describe('apt list and search', () => {
  it('lists installed packages with their suites, and upgradable ones with the candidate', () => {
    const out = onWeb('apt list --installed').stdout;
    expect(out).toMatch(/^Listing\.\.\. Done\n/);
    expect(out).toContain('apt/bookworm,now 2.6.1 amd64 [installed]\n');
    expect(out).toContain('nginx/bookworm-security 1.22.1-9+deb12u2 all [upgradable from: 1.22.1-9]\n');
    expect(onWeb('apt list --upgradable').stdout).not.toContain('apt/bookworm,now');
  });

  it('filters by glob and shows every version with -a', () => {
    expect(onWeb('apt list "nginx-c*"').stdout).toBe(
      'Listing... Done\n' +
        'nginx-common/bookworm-security 1.22.1-9+deb12u2 all [upgradable from: 1.22.1-9]\n' +
        'nginx-core/bookworm-security 1.22.1-9+deb12u2 amd64 [upgradable from: 1.22.1-9]\n',
    );
    const all = onWeb('apt list -a nginx').stdout;
    expect(all).toContain('nginx/bookworm,now 1.22.1-9 all [installed,upgradable to: 1.22.1-9+deb12u2]\n');
    expect(all).toMatch(/\n\n$/);
  });

  it('searches names and descriptions; apt-cache prints name - description', () => {
    expect(onWeb('apt search htop').stdout).toMatch(
      /^Sorting\.\.\. Done\nFull Text Search\.\.\. Done\nhtop\/bookworm 3\.2\.2-2 amd64\n {2}\S/,
    );
    expect(onWeb('apt-cache search --names-only ^htop$').stdout).toMatch(/^htop - .+\n$/);
    expect(onWeb('apt search "("').exitCode).toBe(100);
  });
});

describe('apt show and apt-cache', () => {
  it('apt show prints the candidate record and how many others exist', () => {
    const shown = onWeb('apt show nginx');
    expect(shown.stdout).toMatch(
      /^Package: nginx\nVersion: 1\.22\.1-9\+deb12u2\nPriority: optional\nSection: httpd\n/,
    );
    expect(shown.stdout).toContain(
      'APT-Sources: http://mirror.driftlab.lan/debian-security bookworm-security/main amd64 Packages\n',
    );
    expect(shown.stderr).toBe("N: There are 2 additional records. Please use the '-a' switch to see them.\n");
    expect(onWeb('apt show nope')).toMatchObject({
      stderr: 'N: Unable to locate package nope\nE: No packages found\n',
      exitCode: 100,
    });
  });

  it('apt-cache policy shows installed, candidate and the version table', () => {
    expect(onWeb('apt-cache policy nginx-core').stdout).toBe(
      'nginx-core:\n' +
        '  Installed: 1.22.1-9\n' +
        '  Candidate: 1.22.1-9+deb12u2\n' +
        '  Version table:\n' +
        '     1.22.1-9+deb12u2 500\n' +
        '        500 http://mirror.driftlab.lan/debian-security bookworm-security/main amd64 Packages\n' +
        '     1.22.1-9+deb12u1 500\n' +
        '        500 http://mirror.driftlab.lan/debian-security bookworm-security/main amd64 Packages\n' +
        ' *** 1.22.1-9 500\n' +
        '        500 http://mirror.driftlab.lan/debian bookworm/main amd64 Packages\n' +
        '        100 /var/lib/dpkg/status\n',
    );
    expect(onWeb('apt-cache policy htop').stdout).toContain('  Installed: (none)\n');
    expect(onWeb('apt-cache policy').stdout).toMatch(/^Package files:\n 100 \/var\/lib\/dpkg\/status\n/);
  });

  it('madison right-aligns name and version in ten columns', () => {
    expect(onWeb('apt-cache madison htop').stdout).toBe(
      '      htop |    3.2.2-2 | http://mirror.driftlab.lan/debian bookworm/main amd64 Packages\n',
    );
  });

  it('depends marks OR groups and show prints every stanza', () => {
    expect(onWeb('apt-cache depends nginx-core').stdout).toMatch(
      /^nginx-core\n {2}Depends: nginx-common \(= 1\.22\.1-9\+deb12u2\)\n/,
    );
    const raw = onWeb('apt-cache show htop').stdout;
    expect(raw).toContain('Filename: pool/main/h/htop/htop_3.2.2-2_amd64.deb\n');
    expect(onWeb('apt-cache frob').stderr).toBe('E: Invalid operation frob\n');
  });
});

describe('apt-mark', () => {
  it('holds and unholds as root, and lists holds for anyone', () => {
    const held = onWeb('sudo apt-mark hold nginx', 'apt-mark showhold');
    expect(held.stdout).toBe('nginx\n');
    expect(run(held.state, 'sudo apt-mark unhold nginx').stdout).toBe('Canceled hold on nginx.\n');
    expect(onWeb('apt-mark hold nginx')).toMatchObject({
      stderr:
        'dpkg: error: requested operation requires superuser privilege\nE: Executing dpkg failed. Are you root?\n',
      exitCode: 100,
    });
    expect(onWeb('sudo apt-mark hold').stderr).toBe('E: No packages found\n');
  });
});

describe('dpkg', () => {
  it('-l prints the header and one line per package, columns as wide as their widest entry', () => {
    expect(onWeb('dpkg -l "nginx*"').stdout).toBe(
      'Desired=Unknown/Install/Remove/Purge/Hold\n' +
        '| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n' +
        '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n' +
        '||/ Name           Version      Architecture Description\n' +
        '+++-==============-============-============-=========================================================\n' +
        'ii  nginx          1.22.1-9     all          small, powerful, scalable web/proxy server\n' +
        'ii  nginx-common   1.22.1-9     all          small, powerful, scalable web/proxy server - common files\n' +
        'ii  nginx-core     1.22.1-9     amd64        nginx web/proxy server (standard version)\n',
    );
    expect(onWeb('dpkg -l nothing')).toMatchObject({
      stderr: 'dpkg-query: no packages found matching nothing\n',
      exitCode: 1,
    });
  });

  it('shows held packages as hi', () => {
    expect(onWeb('sudo apt-mark hold nginx', 'dpkg -l nginx').stdout).toMatch(/\nhi {2}nginx /);
  });

  it('-s prints the status stanza, -L the files, -S the owner', () => {
    expect(onWeb('dpkg -s nginx-core').stdout).toMatch(
      /^Package: nginx-core\nStatus: install ok installed\n/,
    );
    expect(onWeb('dpkg -s htop')).toMatchObject({
      stderr:
        "dpkg-query: package 'htop' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n",
      exitCode: 1,
    });
    expect(onWeb('dpkg -L nginx-core').stdout).toMatch(/^\/\.\n\/usr\n\/usr\/sbin\n\/usr\/sbin\/nginx\n/);
    expect(onWeb('dpkg -S /usr/sbin/sshd').stdout).toBe('openssh-server: /usr/sbin/sshd\n');
    expect(onWeb('dpkg -L htop').exitCode).toBe(1);
  });

  it('--configure -a needs root and does nothing when all is configured', () => {
    expect(onWeb('dpkg --configure -a')).toMatchObject({
      stderr: 'dpkg: error: requested operation requires superuser privilege\n',
      exitCode: 2,
    });
    expect(onWeb('sudo dpkg --configure -a')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('answers usage mistakes with dpkg error lines and exit 2', () => {
    const unknown = onWeb('dpkg -z');
    expect(unknown.stderr).toMatch(/^dpkg: error: unknown option -z\n\nType dpkg --help/);
    expect(unknown.exitCode).toBe(2);
    expect(onWeb('dpkg').stderr).toMatch(/^dpkg: error: need an action option\n/);
    expect(onWeb('dpkg -l -L x').stderr).toMatch(
      /^dpkg: error: conflicting actions -L \(--listfiles\) and -l \(--list\)\n/,
    );
    expect(onWeb('dpkg --help').stdout).toMatch(/^Usage: dpkg \[<option>\.\.\.\] <command>\n/);
  });

  it('compares versions like dpkg and dpkg-query -W formats fields', () => {
    expect(onWeb('dpkg --compare-versions 1:1.0 gt 2.0').exitCode).toBe(0);
    expect(onWeb('dpkg --compare-versions 1.0~rc1 ge 1.0').exitCode).toBe(1);
    expect(onWeb('dpkg-query -W nginx-core').stdout).toBe('nginx-core\t1.22.1-9\n');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's ${Field} format, typed by the learner.
    expect(onWeb("dpkg-query -W -f '${Package} ${Status}\\n' nginx").stdout).toBe(
      'nginx install ok installed\n',
    );
  });
});
