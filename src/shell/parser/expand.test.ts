// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell source text is full of literal ${...}
import { describe, expect, it } from 'vitest';
import { expandAssignment, expandFields, expandWord, expandWords } from './expand';
import { matchGlob } from './glob';
import { parseLine } from './parse';
import type { ExpandContext, SimpleCommand } from './types';

const FILES = ['/etc/hosts', 'a.txt', 'b.txt', 'c.log', 'dir/x.conf', 'my file.txt', '*.txt'];

/** The executor's glob in miniature: the pattern syntax is the one glob.ts defines. */
function matchesFor(pattern: string): string[] {
  return FILES.filter((f) => matchGlob(pattern, f)).sort();
}

function makeCtx(over: Partial<ExpandContext> = {}): ExpandContext {
  return {
    env: {
      HOME: '/home/ana',
      USER: 'ana',
      PWD: '/srv',
      OLDPWD: '/tmp',
      SPACED: '  a  b  ',
      EMPTY: '',
      STAR: '*.txt',
      PATH: '/usr/bin:/bin',
    },
    lastExit: 127,
    home: (user) =>
      user === undefined || user === 'ana' ? '/home/ana' : user === 'root' ? '/root' : undefined,
    glob: matchesFor,
    ...over,
  };
}

function command(line: string): SimpleCommand {
  const r = parseLine(line);
  if (!r.ok) throw new Error(r.error);
  const cmd = r.script.lists[0]?.first.commands[0];
  if (!cmd) throw new Error('no command');
  return cmd;
}

function argv(line: string, ctx = makeCtx()): string[] {
  return expandWords(command(line).words, ctx);
}

describe('expandWords', () => {
  it.each([
    [`echo "a  b" 'c $HOME' \\$x`, ['echo', 'a  b', 'c $HOME', '$x']],
    [
      'echo ~ ~/x "~" ~root ~root/.ssh ~nobody',
      ['echo', '/home/ana', '/home/ana/x', '~', '/root', '/root/.ssh', '~nobody'],
    ],
    ['echo ~+ ~- \\~ ~"/x" ~"root" x~', ['echo', '/srv', '/tmp', '~', '~/x', '~root', 'x~']],
    [
      'echo $HOME ${HOME}/x "$HOME" "${USER}s" $USER.txt',
      ['echo', '/home/ana', '/home/ana/x', '/home/ana', 'anas', 'ana.txt'],
    ],
    ['echo $? "$?" ${?}', ['echo', '127', '127', '127']],
    ['echo $# $0 $1 "$@" "$*"', ['echo', '0', 'bash', '']],
    ['echo $UNSET x$UNSET "" "$UNSET" \'\'', ['echo', 'x', '', '', '']],
    ['echo $SPACED', ['echo', 'a', 'b']],
    ['echo "$SPACED"', ['echo', '  a  b  ']],
    ['echo x$SPACED"y"', ['echo', 'x', 'a', 'b', 'y']],
    ['echo $EMPTY', ['echo']],
    ['echo ""$EMPTY', ['echo', '']],
    ['echo $ "$" a$ $/ $-x', ['echo', '$', '$', 'a$', '$/', 'x']],
    ['echo "a\\"b\\\\c\\$d\\e"', ['echo', 'a"b\\c$d\\e']],
    ["echo a\\ b \\\\ \\'", ['echo', 'a b', '\\', "'"]],
    ["echo 'it'\\''s'", ['echo', "it's"]],
    ["echo $'a\\tb\\n' $'\\x41\\101\\u00e9\\''", ['echo', 'a\tb\n', "AAé'"]],
    ['echo $"hi there"', ['echo', 'hi there']],
    ['echo *.txt', ['echo', '*.txt', 'a.txt', 'b.txt', 'my file.txt']],
    ['echo "*.txt" \'*.txt\' \\*.txt', ['echo', '*.txt', '*.txt', '*.txt']],
    ['echo *.nomatch ?.log [ab].txt', ['echo', '*.nomatch', 'c.log', 'a.txt', 'b.txt']],
    ['echo $STAR "$STAR"', ['echo', '*.txt', 'a.txt', 'b.txt', 'my file.txt', '*.txt']],
    ['echo /etc/ho*', ['echo', '/etc/hosts']],
    ['echo "my "*', ['echo', 'my file.txt']],
    ['cp nginx.conf{,.bak}', ['cp', 'nginx.conf', 'nginx.conf.bak']],
    ['echo {a,b}{1..2} x{01..3}', ['echo', 'a1', 'a2', 'b1', 'b2', 'x01', 'x02', 'x03']],
    [
      'echo {a,"b c"} "{a,b}" \\{a,b} {a} {} a{,}',
      ['echo', 'a', 'b c', '{a,b}', '{a,b}', '{a}', '{}', 'a', 'a'],
    ],
    ['echo ~{,root}', ['echo', '/home/ana', '/root']],
    ['echo $HOME{,/x}', ['echo', '/home/ana', '/home/ana/x']],
    ['export PATH=$PATH:~/bin X=~', ['export', 'PATH=/usr/bin:/bin:/home/ana/bin', 'X=/home/ana']],
    ['echo --prefix=~/x', ['echo', '--prefix=~/x']],
    ['echo ~:x ~root:x x:~', ['echo', '/home/ana:x', '/root:x', 'x:~']],
    ['echo a#b', ['echo', 'a#b']],
  ] as const)('%s', (line, expected) => {
    expect(argv(line)).toEqual(expected);
  });

  it('honours $HOME for ~, falling back to ctx.home()', () => {
    expect(argv('echo ~', makeCtx({ env: { HOME: '/tmp/h' } }))).toEqual(['echo', '/tmp/h']);
    expect(argv('echo ~', makeCtx({ env: {} }))).toEqual(['echo', '/home/ana']);
  });

  it('does not read inherited properties as variables', () => {
    expect(argv('echo $constructor ${__proto__} $toString', makeCtx({ env: {} }))).toEqual(['echo']);
  });

  it('passes glob patterns with quoted parts escaped', () => {
    const seen: string[] = [];
    const ctx = makeCtx({
      glob: (p) => {
        seen.push(p);
        return [];
      },
    });
    expect(argv('ls "a*"b* \'[x]\'? $STAR plain', ctx)).toEqual(['ls', 'a*b*', '[x]?', '*.txt', 'plain']);
    expect(seen).toEqual(['a\\*b*', '\\[x\\]?', '*.txt']);
  });
});

describe('expandFields', () => {
  it('marks unquoted glob characters as patterns', () => {
    expect(expandFields(command('ls *.txt "*.txt" a[bc] "a"? plain').words, makeCtx())).toEqual([
      { text: 'ls', pattern: null },
      { text: '*.txt', pattern: '*.txt' },
      { text: '*.txt', pattern: null },
      { text: 'a[bc]', pattern: 'a[bc]' },
      { text: 'a?', pattern: 'a?' },
      { text: 'plain', pattern: null },
    ]);
  });
});

describe('expandWord (redirect targets, single words)', () => {
  const target = (line: string, ctx = makeCtx()) => {
    const r = command(line).redirects[0];
    if (!r || r.op === '>&') throw new Error('no file redirect');
    return expandWord(r.target, ctx);
  };
  it.each([
    ['echo > ~/out.txt', '/home/ana/out.txt'],
    ['echo > "$SPACED"', '  a  b  '],
    ['echo > $SPACED', '  a  b  '],
    ['echo > /etc/ho*', '/etc/hosts'],
    ['echo > *.txt', '*.txt'], // several matches: stays literal
    ['echo > {a,b}', '{a,b}'],
    ['echo > $EMPTY', ''],
  ])('%s', (line, expected) => {
    expect(target(line)).toBe(expected);
  });
});

describe('expandAssignment', () => {
  it.each([
    ['X="a  b"', 'a  b'],
    ['X=$SPACED', '  a  b  '],
    ['X=~', '/home/ana'],
    ['X=~/bin:~root:/x', '/home/ana/bin:/root:/x'],
    ['X=*.txt', '*.txt'],
    ['X={a,b}', '{a,b}'],
    ['X=', ''],
    ['X=$?', '127'],
  ])('%s', (line, expected) => {
    const a = command(line).assignments[0];
    if (!a) throw new Error('no assignment');
    expect(expandAssignment(a, makeCtx())).toEqual({ name: 'X', value: expected });
  });
});
