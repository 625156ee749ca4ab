import { describe, expect, it } from 'vitest';
import { quote, quoteArgs } from './quote';

describe('quote', () => {
  it.each([
    ['ls', 'ls'],
    ['/etc/nginx/nginx.conf', '/etc/nginx/nginx.conf'],
    ['--color=auto', '--color=auto'],
    ['user@host:/x,y+%', 'user@host:/x,y+%'],
    ['', "''"],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$HOME', "'$HOME'"],
    ['~', "'~'"],
    ['*.txt', "'*.txt'"],
    ['{a,b}', "'{a,b}'"],
    ['#x', "'#x'"],
    ['A=1', "'A=1'"],
    ['A+=1', "'A+=1'"],
    ['if', "'if'"],
    ['!', "'!'"],
    ['a\nb', "$'a\\nb'"],
    ["tab\there's", "$'tab\\there\\'s'"],
    ['\x01\x7f\\', "$'\\x01\\x7f\\\\'"],
    ['café', "'café'"],
  ])('%j -> %s', (arg, expected) => {
    expect(quote(arg)).toBe(expected);
  });

  it('joins arguments', () => {
    expect(quoteArgs(['echo', 'a b', ''])).toBe("echo 'a b' ''");
  });
});
