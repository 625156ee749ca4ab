import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();

describe('env and printenv', () => {
  it('print the session’s environment, including exported variables', () => {
    const out = run(start, 'export EDITOR=vim', 'env').stdout;
    expect(out).toContain('HOME=/home/aluno\n');
    expect(out).toContain('USER=aluno\n');
    expect(out).toContain('EDITOR=vim\n');
    expect(run(start, 'printenv HOME').stdout).toBe('/home/aluno\n');
  });

  it('under sudo, show the environment sudo resets', () => {
    const out = run(start, 'sudo env').stdout;
    expect(out).toContain('HOME=/root\n');
    expect(out).toContain('USER=root\n');
    expect(out).toContain('SUDO_USER=aluno\n');
    expect(out).toContain('SUDO_UID=1000\n');
  });

  it('run a command in a modified environment', () => {
    expect(run(start, 'env GREETING=hi printenv GREETING').stdout).toBe('hi\n');
    expect(run(start, 'env -i printenv').stdout).toBe('');
    expect(run(start, 'env -u HOME printenv HOME').exitCode).toBe(1);
    expect(run(start, 'env nosuchcmd')).toMatchObject({
      stderr: 'env: ‘nosuchcmd’: No such file or directory\n',
      exitCode: 127,
    });
  });

  it('printenv exits 1 when a variable is missing', () => {
    expect(run(start, 'printenv USER NOPE')).toMatchObject({ stdout: 'aluno\n', exitCode: 1 });
  });

  it('env rejects bad options with status 125', () => {
    expect(run(start, 'env -z')).toMatchObject({
      stderr: "env: invalid option -- 'z'\nTry 'env --help' for more information.\n",
      exitCode: 125,
    });
  });
});
