import { describe, expect, it } from 'vitest';
import { prompt } from '../../session';
import { freshShell, run } from '../files/testkit';

const start = run(freshShell(), 'ssh web-01', 'cd /etc').state;

describe('su', () => {
  it('under sudo, `su -` opens a login shell as root, and exit comes back', () => {
    const root = run(start, 'sudo su -');
    expect(root.exitCode).toBe(0);
    expect(prompt(root.state, false)).toBe('root@web-01:~# ');
    expect(run(root.state, 'pwd').stdout).toBe('/root\n');
    const back = run(root.state, 'exit');
    expect(prompt(back.state, false)).toBe('aluno@web-01:/etc$ ');
  });

  it('without `-` keeps the directory; a user name switches to that user', () => {
    const root = run(start, 'sudo su');
    expect(run(root.state, 'pwd').stdout).toBe('/etc\n');
    const www = run(start, 'sudo su -l www-data');
    expect(run(www.state, 'whoami').stdout).toBe('www-data\n');
  });

  it("a learner's own su fails as on Debian, where root's password is locked", () => {
    expect(run(start, 'su -')).toMatchObject({
      stderr: 'Password: \nsu: Authentication failure\n',
      exitCode: 1,
    });
    expect(prompt(run(start, 'su -').state, false)).toBe('aluno@web-01:/etc$ ');
  });

  it('names an unknown user, and points -c to sudo -u', () => {
    expect(run(start, 'sudo su - ghost')).toMatchObject({
      stderr: 'su: user ghost does not exist or the user entry does not contain all the required fields\n',
      exitCode: 1,
    });
    expect(run(start, 'sudo su -c id www-data')).toMatchObject({
      stderr: 'su: the lab runs one command as another user with: sudo -u www-data COMMAND\n',
      exitCode: 1,
    });
  });
});
