import { describe, expect, it } from 'vitest';
import { basename, childNames, dirname, normalizePath, resolvePath } from './paths';

describe('paths', () => {
  it('normalizes dots, double slashes and parent references', () => {
    expect(normalizePath('/etc//nginx/./sites-enabled/../nginx.conf')).toBe('/etc/nginx/nginx.conf');
    expect(normalizePath('/..')).toBe('/');
  });
  it('resolves relative paths against the working directory', () => {
    expect(resolvePath('/home/aluno', 'notes.txt')).toBe('/home/aluno/notes.txt');
    expect(resolvePath('/home/aluno', '../../etc')).toBe('/etc');
    // The kernel reads a path up to its first NUL.
    expect(resolvePath('/tmp', 'a\u0000b')).toBe('/tmp/a');
    expect(resolvePath('/tmp', '\u0000')).toBe('/tmp');
    expect(resolvePath('/home/aluno', '/var/log')).toBe('/var/log');
  });
  it('splits dirname and basename', () => {
    expect(dirname('/etc/hosts')).toBe('/etc');
    expect(dirname('/etc')).toBe('/');
    expect(basename('/etc/hosts')).toBe('hosts');
  });
  it('lists only direct children, sorted', () => {
    const paths = ['/etc', '/etc/hosts', '/etc/nginx', '/etc/nginx/nginx.conf', '/var'];
    expect(childNames(paths, '/etc')).toEqual(['hosts', 'nginx']);
    expect(childNames(paths, '/')).toEqual(['etc', 'var']);
  });
});
