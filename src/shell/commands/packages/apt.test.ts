import { describe, expect, it } from 'vitest';
import { complete } from '../../completion';
import { freshShell, registry, run } from '../files/testkit';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);

describe('apt and apt-get: usage', () => {
  it('print their usage for --help (exit 0) and with no command (exit 1)', () => {
    const help = onWeb('apt --help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(/^apt 2\.6\.1 \(amd64\)\nUsage: apt \[options\] command\n/);
    expect(help.stdout).toContain('This APT has Super Cow Powers.');
    const bare = onWeb('apt-get');
    expect(bare.exitCode).toBe(1);
    expect(bare.stdout).toContain('Usage: apt-get [options] command');
    expect(onWeb('apt-get --version').stdout).toBe('apt 2.6.1 (amd64)\n');
  });

  it('reject unknown options and verbs the way apt-pkg does (exit 100)', () => {
    expect(onWeb('apt -z install nginx')).toMatchObject({
      stderr:
        "E: Command line option 'z' [from -z] is not understood in combination with the other options.\n",
      exitCode: 100,
    });
    expect(onWeb('apt install --frobnicate nginx').stderr).toBe(
      'E: Command line option --frobnicate is not understood in combination with the other options\n',
    );
    expect(onWeb('apt instal nginx')).toMatchObject({
      stderr: 'E: Invalid operation instal\n',
      exitCode: 100,
    });
    expect(onWeb('apt-get list').stderr).toBe('E: Invalid operation list\n');
    expect(onWeb('apt install -t').stderr).toBe('E: Option -t requires an argument.\n');
  });
});

describe('apt install', () => {
  it('needs root: the dpkg frontend lock cannot be opened (exit 100, nothing changes)', () => {
    const denied = onWeb('apt install -y htop');
    expect(denied.stderr).toBe(
      'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n' +
        'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
    );
    expect(denied.exitCode).toBe(100);
    expect(denied.state.world.servers['web-01']?.packages.htop).toBeUndefined();
  });

  it('installs under sudo, logging who asked and what was typed', () => {
    const done = onWeb('sudo apt install -y htop');
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toContain('The following NEW packages will be installed:\n  htop\n');
    expect(done.stdout).toContain('Setting up htop (3.2.2-2) ...\n');
    const server = done.state.world.servers['web-01'];
    expect(server?.packages.htop?.version).toBe('3.2.2-2');
    const history = server?.fs['/var/log/apt/history.log'];
    expect(history?.kind === 'file' && history.content).toContain(
      'Commandline: apt install -y htop\nRequested-By: aluno (1000)\n',
    );
  });

  it('installs an exact version with NAME=VERSION, and says when it does not exist', () => {
    const pinned = onWeb('sudo apt-get install -y nano=7.2-1+deb12u1');
    expect(pinned.exitCode).toBe(0);
    expect(pinned.state.world.servers['web-01']?.packages.nano?.version).toBe('7.2-1+deb12u1');
    const missing = onWeb('sudo apt install -y nginx=9.9');
    expect(missing.stderr).toBe("E: Version '9.9' for 'nginx' was not found\n");
    expect(missing.exitCode).toBe(100);
  });

  it('skips names that are not installed with --only-upgrade, right after the header', () => {
    const done = onWeb('sudo apt install --only-upgrade -y htop nano');
    expect(done.stdout).toContain(
      'Reading state information... Done\nSkipping htop, it is not installed and only upgrades are requested.\n',
    );
    expect(done.state.world.servers['web-01']?.packages.htop).toBeUndefined();
    expect(done.state.world.servers['web-01']?.packages.nano?.version).toBe('7.2-1+deb12u1');
  });

  it('takes NAME/RELEASE and -t RELEASE, and refuses a release no source has', () => {
    expect(onWeb('sudo apt install -y -t nowhere htop').stderr).toBe(
      "E: The value 'nowhere' is invalid for APT::Default-Release as such a release is not available in the sources\n",
    );
    expect(onWeb('sudo apt install -y htop/sid').stderr).toBe("E: Release 'sid' for 'htop' was not found\n");
    const done = onWeb('sudo apt install -y nginx/bookworm');
    expect(done.state.world.servers['web-01']?.packages.nginx?.version).toBe('1.22.1-9');
  });

  it('says which package it cannot find', () => {
    expect(onWeb('sudo apt install -y no-such-thing')).toMatchObject({
      stderr: 'E: Unable to locate package no-such-thing\n',
      exitCode: 100,
    });
  });

  it('prints its progress before the error, as on a real terminal, and the error alone when piped', () => {
    const missing = onWeb('sudo apt install -y no-such-thing');
    expect(missing.output).toMatch(
      /^Reading package lists\.\.\. Done\n[\s\S]*\nE: Unable to locate package no-such-thing\n$/,
    );
    const piped = onWeb('sudo apt install -y no-such-thing | wc -l');
    expect(piped.output).toMatch(/^E: Unable to locate package no-such-thing\n\d+\n$/);
  });
});

describe('apt remove, purge, upgrade', () => {
  it('remove keeps conffiles (dpkg -l shows rc), purge deletes them', () => {
    const removed = onWeb('sudo apt remove -y nginx nginx-core nginx-common', 'dpkg -l nginx-common');
    expect(removed.stdout).toMatch(/^rc {2}nginx-common +1\.22\.1-9 +all +/m);
    const purged = run(removed.state, 'sudo apt purge -y nginx-common', 'dpkg -l nginx-common');
    expect(purged.stderr).toBe('dpkg-query: no packages found matching nginx-common\n');
  });

  it('apt upgrade installs the candidates; apt-get upgrade keeps back what needs a new package', () => {
    const apt = onWeb('sudo apt upgrade -y');
    expect(apt.exitCode).toBe(0);
    expect(apt.stdout).toContain('Calculating upgrade... Done\n');
    expect(apt.state.world.servers['web-01']?.packages.libssl3?.version).toBe('3.0.16-1~deb12u1');
    const aptGet = onWeb('sudo apt-get upgrade -y');
    expect(aptGet.stdout).toContain('The following packages have been kept back:\n  linux-image-amd64\n');
  });

  it('apt upgrade NAME upgrades only that package', () => {
    const done = onWeb('sudo apt upgrade -y nano');
    const packages = done.state.world.servers['web-01']?.packages;
    expect(packages?.nano?.version).toBe('7.2-1+deb12u1');
    expect(packages?.libssl3?.version).toBe('3.0.11-1~deb12u2');
  });

  it('full-upgrade and dist-upgrade need root too', () => {
    for (const line of ['apt full-upgrade', 'apt-get dist-upgrade', 'apt autoremove'])
      expect(onWeb(line).exitCode).toBe(100);
  });

  it('clean is silent for root and needs the archives lock otherwise', () => {
    expect(onWeb('sudo apt-get clean')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(onWeb('apt-get clean').stderr).toContain('/var/cache/apt/archives/lock');
  });
});

describe('completion', () => {
  it('offers verbs, then catalog packages to install and installed ones to remove', () => {
    const state = onWeb().state;
    expect(complete(state, registry, 'sudo apt ins').candidates).toEqual(['install']);
    expect(complete(state, registry, 'sudo apt install hto').candidates).toEqual(['htop']);
    expect(complete(state, registry, 'sudo apt remove hto').candidates).toEqual([]);
    expect(complete(state, registry, 'apt-mark sh').candidates).toEqual([
      'showauto',
      'showhold',
      'showmanual',
    ]);
  });
});
