import { describe, expect, it } from 'vitest';
import { execute } from '../../execute';
import { createRegistry } from '../../registry';
import { freshShell, NOW, run, withFiles } from './testkit';

function sandbox() {
  return withFiles(freshShell(), 'bastion', {
    '/srv/sb': { dir: true },
    '/srv/sb/a.txt': { content: 'hello\n', mtime: NOW - 3600_000 },
    '/srv/sb/nginx.conf': { content: 'events {}\n' },
    '/srv/sb/d': { dir: true, mode: 0o1777 },
    '/srv/sb/d/sub': { dir: true },
    '/srv/sb/d/sub/f1': { content: 'x' },
    '/srv/sb/d/.hidden': {},
    '/srv/sb/secret': { dir: true, mode: 0o700 },
    '/srv/sb/secret/key': {},
  });
}

describe('stat', () => {
  it('prints the GNU report for a file', () => {
    const out = run(sandbox(), 'stat /srv/sb/a.txt').stdout.split('\n');
    expect(out[0]).toBe('  File: /srv/sb/a.txt');
    expect(out[1]).toBe('  Size: 6         \tBlocks: 8          IO Block: 4096   regular file');
    expect(out[2]).toMatch(/^Device: 254,1\tInode: \d+ +Links: 1$/);
    expect(out[3]).toBe('Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)');
    expect(out.slice(4)).toEqual([
      'Access: 2026-11-29 08:00:00.000000000 +0000',
      'Modify: 2026-11-29 08:00:00.000000000 +0000',
      'Change: 2026-11-29 08:00:00.000000000 +0000',
      ' Birth: -',
      '',
    ]);
  });

  it('names directories, empty files, sticky bits and the owner ids', () => {
    expect(run(sandbox(), 'stat /srv/sb/d').stdout).toContain(
      'Blocks: 8          IO Block: 4096   directory\n',
    );
    expect(run(sandbox(), 'stat /srv/sb/d').stdout).toContain('Access: (1777/drwxrwxrwt)');
    expect(run(sandbox(), 'stat /srv/sb/d').stdout).toMatch(/Links: 3\n/);
    expect(run(freshShell(), 'stat /home/aluno/.bashrc').stdout).toContain(
      'Uid: ( 1000/   aluno)   Gid: ( 1000/   aluno)',
    );
    expect(run(freshShell(), 'stat /etc/shadow').stdout).toContain('Gid: (   42/  shadow)');
    expect(run(freshShell(), 'touch e', 'stat e').stdout).toContain(
      'Blocks: 0          IO Block: 4096   regular empty file',
    );
  });

  it('formats with -c and prints one terse line with -t', () => {
    expect(run(freshShell(), "stat -c '%a %A %U:%G %s %n' /etc/shadow").stdout).toBe(
      '640 -rw-r----- root:shadow 53 /etc/shadow\n',
    );
    expect(run(freshShell(), 'stat -t /etc/hostname').stdout).toMatch(
      /^\/etc\/hostname 8 8 81a4 0 0 fe01 \d+ 1 0 0 /,
    );
  });

  it('reports what it cannot reach', () => {
    const result = run(freshShell(), 'stat /nope /root/.bashrc');
    expect(result.stderr).toBe(
      "stat: cannot statx '/nope': No such file or directory\nstat: cannot statx '/root/.bashrc': Permission denied\n",
    );
    expect(result.exitCode).toBe(1);
    expect(run(freshShell(), 'stat').stderr).toBe(
      "stat: missing operand\nTry 'stat --help' for more information.\n",
    );
  });
});

describe('find', () => {
  it('walks a tree in name order, printing paths as given', () => {
    expect(run(sandbox(), 'cd /srv/sb', 'sudo find d').stdout).toBe('d\nd/.hidden\nd/sub\nd/sub/f1\n');
    expect(run(sandbox(), 'find /srv/sb/d/').stdout).toBe(
      '/srv/sb/d/\n/srv/sb/d/.hidden\n/srv/sb/d/sub\n/srv/sb/d/sub/f1\n',
    );
  });

  it('filters with -name, -iname, -type and -maxdepth', () => {
    const state = sandbox();
    expect(run(state, "find /srv/sb -name '*.conf'").stdout).toBe('/srv/sb/nginx.conf\n');
    expect(run(state, 'find /srv/sb -iname A.TXT').stdout).toBe('/srv/sb/a.txt\n');
    expect(run(state, 'cd /srv/sb', 'find . -maxdepth 1 -type d').stdout).toBe('.\n./d\n./secret\n');
    expect(run(state, 'cd /srv/sb', "find . -name '*' -type f -not -name '.*' -path './d/*'").stdout).toBe(
      './d/sub/f1\n',
    );
    expect(run(state, 'cd /srv/sb', 'find . -name a.txt -o -name f1').stdout).toBe('./a.txt\n./d/sub/f1\n');
  });

  it('finds files changed after a reference with -newer', () => {
    expect(run(sandbox(), 'find /srv/sb -type f -newer /srv/sb/a.txt').stdout).toBe(
      '/srv/sb/d/.hidden\n/srv/sb/d/sub/f1\n/srv/sb/nginx.conf\n',
    );
  });

  it('says Permission denied with curly quotes for directories it cannot read', () => {
    const result = run(sandbox(), 'find /srv/sb/secret /root');
    expect(result.stdout).toBe('/srv/sb/secret\n/root\n');
    expect(result.stderr).toBe(
      'find: ‘/srv/sb/secret’: Permission denied\nfind: ‘/root’: Permission denied\n',
    );
    expect(result.exitCode).toBe(1);
    expect(run(sandbox(), 'sudo find /srv/sb/secret').stdout).toBe('/srv/sb/secret\n/srv/sb/secret/key\n');
  });

  it('uses findutils wording for expression errors', () => {
    expect(run(freshShell(), 'find . -name').stderr).toBe("find: missing argument to `-name'\n");
    expect(run(freshShell(), 'find . -foo').stderr).toBe("find: unknown predicate `-foo'\n");
    expect(run(freshShell(), 'find . -type x').stderr).toBe('find: Unknown argument to -type: x\n');
    expect(run(freshShell(), 'find . -name a b').stderr).toBe("find: paths must precede expression: `b'\n");
    // An opening parenthesis with nothing after it was an internal error once (found by the property test).
    expect(run(freshShell(), 'find / \\(')).toMatchObject({
      stderr: "find: invalid expression; I was expecting to find a ')' somewhere but did not see one.\n",
      exitCode: 1,
    });
    expect(run(freshShell(), 'find . \\( \\)').stderr).toBe(
      'find: invalid expression; empty parentheses are not allowed.\n',
    );
    expect(run(freshShell(), 'find /nope').stderr).toBe('find: ‘/nope’: No such file or directory\n');
    expect(run(freshShell(), 'find . -maxdepth x').stderr).toBe(
      'find: Expected a positive decimal integer argument to -maxdepth, but got ‘x’\n',
    );
    expect(run(freshShell(), 'find . -exec ls').stderr).toBe("find: '-exec' is not supported in this lab\n");
  });
});

describe('tree', () => {
  it('draws the tree and counts directories (the top one included) and files', () => {
    expect(run(sandbox(), 'sudo tree /srv/sb').stdout).toBe(
      [
        '/srv/sb',
        '├── a.txt',
        '├── d',
        '│   └── sub',
        '│       └── f1',
        '├── nginx.conf',
        '└── secret',
        '    └── key',
        '',
        '4 directories, 4 files',
        '',
      ].join('\n'),
    );
  });

  it('limits depth with -L, shows only directories with -d, hidden files with -a', () => {
    expect(run(sandbox(), 'tree -L 1 /srv/sb').stdout).toBe(
      '/srv/sb\n├── a.txt\n├── d\n├── nginx.conf\n└── secret\n\n3 directories, 2 files\n',
    );
    expect(run(sandbox(), 'tree -d /srv/sb/d').stdout).toBe('/srv/sb/d\n└── sub\n\n2 directories\n');
    expect(run(sandbox(), 'tree -a /srv/sb/d').stdout).toBe(
      '/srv/sb/d\n├── .hidden\n└── sub\n    └── f1\n\n2 directories, 2 files\n',
    );
    expect(run(sandbox(), 'tree -p -L 1 /srv/sb/d').stdout).toBe(
      '[drwxrwxrwt]  /srv/sb/d\n└── [drwxr-xr-x]  sub\n\n2 directories, 0 files\n',
    );
  });

  it('marks what it cannot open', () => {
    const denied = run(sandbox(), 'tree /srv/sb');
    expect(denied.stdout).toContain('└── secret  [error opening dir]\n');
    expect(denied.exitCode).toBe(2);
    expect(run(freshShell(), 'tree /root').stdout).toBe(
      '/root  [error opening dir]\n\n0 directories, 1 file\n',
    );
    expect(run(freshShell(), 'tree /nope').exitCode).toBe(2);
    expect(run(freshShell(), 'tree -L 0').stderr).toBe('tree: Invalid level, must be greater than 0.\n');
    expect(run(freshShell(), 'tree -z').stderr).toMatch(/^tree: Invalid argument -`z'\.\nusage: tree /);
  });
});

describe('which', () => {
  it('finds programs in $PATH, with merged /usr paths as on Debian 12', () => {
    const result = run(freshShell(), 'which ls cat');
    expect(result.stdout).toBe('/usr/bin/ls\n/usr/bin/cat\n');
    expect(result.exitCode).toBe(0);
    expect(run(freshShell(), 'which -a ls').stdout).toBe('/usr/bin/ls\n/bin/ls\n');
    expect(run(freshShell(), 'which systemctl nano vim').stdout).toBe(
      '/usr/bin/systemctl\n/usr/bin/nano\n/usr/bin/vim\n',
    );
  });

  it('does not find builtins, unknown names, or sbin programs outside a user PATH', () => {
    expect(run(freshShell(), 'which cd').exitCode).toBe(1);
    expect(run(freshShell(), 'which frobnicate').stdout).toBe('');
    // A stand-in nginx command, so this test does not depend on the app-tools family.
    const withNginx = createRegistry().register({
      name: 'nginx',
      summary: 'nginx',
      usage: 'nginx',
      availableOn: (server) => 'nginx' in server.packages,
      run: () => ({ stdout: '', stderr: '', exitCode: 0 }),
    });
    const onWeb = execute(freshShell(), withNginx, 'ssh web-01').state;
    expect(execute(onWeb, withNginx, 'which nginx').exitCode).toBe(1);
    expect(execute(onWeb, withNginx, 'sudo which nginx').stdout).toBe('/usr/sbin/nginx\n');
    expect(execute(freshShell(), withNginx, 'sudo which nginx').exitCode).toBe(1);
  });

  it('only finds programs the host has installed', () => {
    const removed = withFiles(freshShell(), 'bastion', {});
    const server = removed.world.servers.bastion;
    if (!server) throw new Error('no bastion');
    // What `apt remove nano` leaves: no package, and no /bin/nano.
    const { nano: _gone, ...packages } = server.packages;
    const { '/bin/nano': _file, ...fs } = server.fs;
    const noNano = {
      ...removed,
      world: {
        ...removed.world,
        servers: { ...removed.world.servers, bastion: { ...server, packages, fs } },
      },
    };
    expect(run(noNano, 'which nano').exitCode).toBe(1);
    expect(run(noNano, 'nano').stderr).toBe('bash: nano: command not found\n');
  });
});
