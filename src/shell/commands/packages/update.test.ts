import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);
const NGINX_LIST =
  "echo 'deb https://nginx.org/packages/debian bookworm nginx' | sudo tee /etc/apt/sources.list.d/nginx.list";

describe('apt update', () => {
  it('needs root for the lists lock', () => {
    const denied = onWeb('apt update');
    expect(denied.stdout).toBe('Reading package lists... Done\n');
    expect(denied.stderr).toMatch(
      /^E: Could not open lock file \/var\/lib\/apt\/lists\/lock - open \(13: Permission denied\)\nE: Unable to lock directory \/var\/lib\/apt\/lists\/\n/,
    );
    expect(denied.exitCode).toBe(100);
  });

  it('fetches every enabled source and counts what can be upgraded', () => {
    const done = onWeb('sudo apt update');
    expect(done.stdout).toMatch(
      /^Get:1 http:\/\/mirror\.driftlab\.lan\/debian bookworm InRelease \[151 kB\]\n/,
    );
    expect(done.stdout).toContain("packages can be upgraded. Run 'apt list --upgradable' to see them.\n");
    expect(run(done.state, 'sudo apt-get update').stdout).toMatch(/^Hit:1 .*\nHit:2 /);
  });

  it('enables the nginx.org repository once a sources.list.d file names it', () => {
    const before = onWeb('apt-cache policy nginx');
    expect(before.stdout).not.toContain('1.26.2-1~bookworm');
    const after = onWeb(NGINX_LIST, 'sudo apt update', 'apt-cache policy nginx');
    expect(after.stdout).toContain(
      '     1.26.2-1~bookworm 500\n        500 https://nginx.org/packages/debian bookworm/nginx amd64 Packages\n',
    );
    expect(after.state.world.servers['web-01']?.apt.sources).toContain('nginx-org');
    // Removing the file and updating again disables it.
    const gone = run(after.state, 'sudo rm /etc/apt/sources.list.d/nginx.list', 'sudo apt update');
    expect(gone.state.world.servers['web-01']?.apt.sources).not.toContain('nginx-org');
  });

  it('reads deb822 .sources files and ignores files with other extensions', () => {
    const deb822 =
      "printf 'Types: deb\\nURIs: http://apt.driftlab.lan/python\\nSuites: bookworm\\nComponents: main\\n' | sudo tee /etc/apt/sources.list.d/python.sources";
    const done = onWeb(deb822, 'echo x | sudo tee /etc/apt/sources.list.d/notes.txt', 'sudo apt update');
    expect(done.state.world.servers['web-01']?.apt.sources).toContain('lab-python');
    expect(done.stderr).toContain(
      "N: Ignoring file 'notes.txt' in directory '/etc/apt/sources.list.d/' as it has an invalid filename extension\n",
    );
  });

  it('stops on a malformed entry, for update and every other apt command', () => {
    const broken = onWeb(
      "echo 'deb http://nginx.org/packages/debian' | sudo tee /etc/apt/sources.list.d/x.list",
    );
    const expected =
      'E: Malformed entry 1 in list file /etc/apt/sources.list.d/x.list (Suite)\nE: The list of sources could not be read.\n';
    expect(run(broken.state, 'sudo apt update')).toMatchObject({ stderr: expected, exitCode: 100 });
    expect(run(broken.state, 'apt list --installed').stderr).toBe(expected);
  });

  it('reports a host it cannot resolve as a warning and a suite with no Release file as an error', () => {
    const unknown = onWeb(
      "echo 'deb http://ppa.example.org/debian bookworm main' | sudo tee /etc/apt/sources.list.d/ppa.list",
      'sudo apt update',
    );
    expect(unknown.exitCode).toBe(0);
    expect(unknown.stdout).toContain(
      "Err:5 http://ppa.example.org/debian bookworm InRelease\n  Temporary failure resolving 'ppa.example.org'\n",
    );
    expect(unknown.stderr).toContain(
      "W: Failed to fetch http://ppa.example.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'ppa.example.org'\n",
    );
    const typo = onWeb(
      "echo 'deb https://nginx.org/packages/debian bookwrom nginx' | sudo tee /etc/apt/sources.list.d/nginx.list",
      'sudo apt update',
    );
    expect(typo.exitCode).toBe(100);
    expect(typo.stderr).toContain(
      "E: The repository 'https://nginx.org/packages/debian bookwrom Release' does not have a Release file.\n",
    );
    expect(typo.stdout).toMatch(/Reading package lists\.\.\. Done\n$/);
  });

  it('warns about a component the repository does not have', () => {
    const done = onWeb(
      "echo 'deb https://nginx.org/packages/debian bookworm main' | sudo tee /etc/apt/sources.list.d/nginx.list",
      'sudo apt update',
    );
    expect(done.stderr).toContain(
      "doesn't have the component 'main' (component misspelt in sources.list?)\n",
    );
    expect(done.state.world.servers['web-01']?.apt.sources).not.toContain('nginx-org');
  });
});
