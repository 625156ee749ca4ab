import { describe, expect, it } from 'vitest';
import { expandHistory } from './history';

describe('history expansion', () => {
  const history = ['ls /etc', 'systemctl stop nginx', 'cat /etc/hosts'];
  it('expands !! to the last command, e.g. sudo !!', () => {
    expect(expandHistory('sudo !!', history)).toEqual({
      ok: true,
      line: 'sudo cat /etc/hosts',
      changed: true,
    });
  });
  it('expands !N, !-N and !prefix', () => {
    expect(expandHistory('!1', history)).toMatchObject({ line: 'ls /etc' });
    expect(expandHistory('!-2', history)).toMatchObject({ line: 'systemctl stop nginx' });
    expect(expandHistory('!sys', history)).toMatchObject({ line: 'systemctl stop nginx' });
  });
  it('leaves single quotes, a lone ! and != alone', () => {
    expect(expandHistory("echo '!!' !", history)).toEqual({ ok: true, line: "echo '!!' !", changed: false });
    expect(expandHistory('test a != b', history)).toMatchObject({ changed: false });
  });
  it('reports a missing event like bash', () => {
    expect(expandHistory('!!', [])).toEqual({ ok: false, error: 'bash: !!: event not found\n' });
    expect(expandHistory('!zzz', history)).toEqual({ ok: false, error: 'bash: !zzz: event not found\n' });
  });
});
