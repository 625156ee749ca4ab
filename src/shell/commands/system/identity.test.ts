import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';
import { patchServer } from '../network/testkit';

const start = freshShell();

describe('hostname', () => {
  it('prints the short name, the FQDN from /etc/hosts and the addresses', () => {
    expect(run(start, 'hostname').stdout).toBe('bastion\n');
    expect(run(start, 'ssh web-01', 'hostname -f').stdout).toBe('web-01.lab.internal\n');
    expect(run(start, 'ssh web-01', 'hostname -I').stdout).toBe('10.0.1.11 \n');
    expect(run(start, 'hostname -d').stdout).toBe('lab.internal\n');
    expect(run(start, 'hostname -i').stdout).toBe('10.0.0.10\n');
  });

  it('refuses to rename the host without root', () => {
    const renamed = run(start, 'hostname other');
    expect(renamed.stderr).toBe('hostname: you must be root to change the host name\n');
    expect(renamed.exitCode).toBe(1);
  });
});

describe('whoami and id', () => {
  it('name the effective user, root under sudo', () => {
    expect(run(start, 'whoami').stdout).toBe('aluno\n');
    expect(run(start, 'sudo whoami').stdout).toBe('root\n');
  });

  it('print ids and groups like coreutils', () => {
    expect(run(start, 'id').stdout).toBe(
      'uid=1000(aluno) gid=1000(aluno) groups=1000(aluno),4(adm),27(sudo)\n',
    );
    expect(run(start, 'sudo id').stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(run(start, 'id -u').stdout).toBe('1000\n');
    expect(run(start, 'id -un').stdout).toBe('aluno\n');
    expect(run(start, 'id -Gn').stdout).toBe('aluno adm sudo\n');
    expect(run(start, 'ssh db-01', 'id postgres').stdout).toBe(
      'uid=105(postgres) gid=111(postgres) groups=111(postgres),110(ssl-cert)\n',
    );
  });

  it('reject unknown users and conflicting options with coreutils wording', () => {
    expect(run(start, 'id nobody')).toMatchObject({ stderr: 'id: ‘nobody’: no such user\n', exitCode: 1 });
    expect(run(start, 'id -u -g').stderr).toBe('id: cannot print "only" of more than one choice\n');
    expect(run(start, 'id -n').stderr).toBe('id: cannot print only names or real IDs in default format\n');
    expect(run(start, 'whoami me').stderr).toBe(
      "whoami: extra operand ‘me’\nTry 'whoami --help' for more information.\n",
    );
  });
});

describe('uname', () => {
  it('prints the running kernel in uname’s fixed field order', () => {
    expect(run(start, 'ssh web-01', 'uname -a').stdout).toBe(
      'Linux web-01 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux\n',
    );
    expect(run(start, 'uname').stdout).toBe('Linux\n');
    expect(run(start, 'uname -r').stdout).toBe('6.1.0-18-amd64\n');
    expect(run(start, 'uname -rs').stdout).toBe('Linux 6.1.0-18-amd64\n');
    expect(run(start, 'uname -m -n').stdout).toBe('bastion x86_64\n');
  });

  it('follows the kernel the server runs, not the one installed', () => {
    const kernel = { running: '6.1.0-25-amd64', installed: '6.1.0-25-amd64' };
    const state = patchServer(start, 'bastion', () => ({ kernel }));
    expect(run(state, 'uname -v').stdout).toBe('#1 SMP PREEMPT_DYNAMIC Debian 6.1.106-3 (2024-08-26)\n');
  });

  it('reports bad options the getopt way', () => {
    expect(run(start, 'uname -z')).toMatchObject({
      stderr: "uname: invalid option -- 'z'\nTry 'uname --help' for more information.\n",
      exitCode: 1,
    });
    expect(run(start, 'uname --help').stdout).toContain('Usage: uname [OPTION]...');
  });
});
