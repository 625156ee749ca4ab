// Property tests: no tool ever throws, whatever the arguments and input, plus a few algebraic
// properties that must hold for any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryFs } from './fixtures/harness';
import { textTools } from './index';
import type { TextIO } from './io';

const FILES: Record<string, string> = {
  'a.txt': 'alpha\nbeta\ngamma\n',
  'noeol.txt': 'one\ntwo',
  'dir/inner.txt': 'x:y:z\n1:2:3\n',
  'empty.txt': '',
};
const fs = new MemoryFs(FILES);

const VOCAB = [
  '-',
  '--',
  '-n',
  '-v',
  '-i',
  '-c',
  '-e',
  '-E',
  '-F',
  '-r',
  '-l',
  '-L',
  '-w',
  '-o',
  '-h',
  '-H',
  '-q',
  '-s',
  '-x',
  '-A',
  '-B',
  '-C2',
  '-m1',
  '-u',
  '-d',
  '-f',
  '-k',
  '-k2,2n',
  '-t',
  '-t:',
  '-b',
  '-z',
  '-Z',
  '-1',
  '-5',
  '+2',
  '-n+2',
  '-c3',
  '-n-1',
  '-A',
  '-T',
  '-E',
  '-U1',
  '-q',
  '--help',
  '--version',
  '--count',
  '--foo',
  '--in-place',
  '-i.bak',
  'a.txt',
  'noeol.txt',
  'dir',
  'dir/inner.txt',
  'empty.txt',
  'missing',
  '1',
  '0',
  '2-',
  '-3',
  '1,3',
  ':',
  'a',
  'x*',
  '^',
  '$',
  '.*',
  '[',
  ']',
  '[[:alpha:]]',
  '\\(',
  '\\)',
  '(',
  ')',
  '{2}',
  '\\{1,\\}',
  'a|b',
  '\\1',
  '\\',
  's/a/b/',
  's/a/b/g',
  's|x|y|2',
  's/\\(.\\)/\\1\\1/',
  'p',
  'd',
  '1d',
  '$!N',
  'N;P;D',
  '/a/,/b/p',
  '2q',
  'y/ab/ba/',
  '1~2p',
  '0,/a/d',
  'a foo',
  'i\\',
  '=',
  'l',
  'G;h',
  '{p',
  '}',
  'bx',
  ':x',
  '%s',
  '%d',
  '%5.2f',
  '%b',
  '%q',
  '%c',
  '%x',
  '%*d',
  '\\n',
  '\\t',
  '\\0101',
  '\\x4',
  'a-z',
  'A-Z',
  '[:upper:]',
  '[:lower:]',
  '[a*]',
  '[=a=]',
  '\\777',
];

const argArb = fc.array(fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 6 })), { maxLength: 6 });
const stdinArb = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', 'é', ':', '1', ',', '\0', '🚀'),
    maxLength: 60,
  }),
);
const lineText = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', ' ', '1', '2', '-', '.', 'é', 'B'),
  maxLength: 8,
});
const linesArb = fc.array(lineText, { maxLength: 20 });

function io(stdin: string): TextIO {
  return fs.io(stdin);
}

describe('no tool ever throws', () => {
  for (const [name, tool] of Object.entries(textTools)) {
    it(name, () => {
      fc.assert(
        fc.property(argArb, stdinArb, (args, stdin) => {
          const r = tool(args, io(stdin));
          expect(typeof r.stdout).toBe('string');
          expect(typeof r.stderr).toBe('string');
          expect(Number.isInteger(r.exitCode)).toBe(true);
        }),
        { numRuns: 5000 },
      );
    }, 120_000);
  }
});

const run = (name: string, args: string[], stdin: string) =>
  (textTools[name] as (typeof textTools)['cat'])(args, io(stdin));

// Generous timeouts: thousands of runs can take several seconds on a busy machine.
describe('algebraic properties', { timeout: 120_000 }, () => {
  it('sort output is a permutation of the input lines', () => {
    const flags = fc.subarray(['-n', '-r', '-f', '-b', '-s', '-k2', '-t-', '-g', '-h', '-d']);
    fc.assert(
      fc.property(linesArb, flags, (lines, f) => {
        const input = lines.map((l) => `${l}\n`).join('');
        const out = run('sort', f, input).stdout;
        const got = out === '' ? [] : out.slice(0, -1).split('\n');
        expect([...got].sort()).toEqual([...lines].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('sort output is ordered: sorting it again changes nothing', () => {
    fc.assert(
      fc.property(linesArb, fc.subarray(['-n', '-r', '-f', '-u']), (lines, f) => {
        const once = run('sort', f, lines.map((l) => `${l}\n`).join('')).stdout;
        expect(run('sort', f, once).stdout).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('wc -l counts newline characters', () => {
    fc.assert(
      fc.property(stdinArb, (s) => {
        expect(run('wc', ['-l'], s).stdout).toBe(`${s.split('\n').length - 1}\n`);
      }),
      { numRuns: 2000 },
    );
  });

  it('sed -n p reproduces input that ends with a newline', () => {
    fc.assert(
      fc.property(stdinArb, (s) => {
        const input = `${s}\n`;
        expect(run('sed', ['-n', 'p'], input).stdout).toBe(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('grep X and grep -v X partition the lines', () => {
    const pattern = fc.oneof(
      fc.constantFrom('a', 'b', '^a', 'a$', '[[:digit:]]', '.', '\\<b', 'a\\|c', '^$', 'é'),
      fc.string({ unit: fc.constantFrom('a', 'b', '1', ' '), maxLength: 3 }),
    );
    fc.assert(
      fc.property(linesArb, pattern, fc.boolean(), (lines, p, icase) => {
        const input = lines.map((l) => `${l}\n`).join('');
        const extra = icase ? ['-i'] : [];
        const numbers = (args: string[]) =>
          run('grep', [...extra, ...args, '-n', '-e', p], input)
            .stdout.split('\n')
            .filter((l) => l !== '')
            .map((l) => Number(l.slice(0, l.indexOf(':'))));
        const hit = numbers([]);
        const miss = numbers(['-v']);
        expect([...hit, ...miss].sort((x, y) => x - y)).toEqual(lines.map((_, i) => i + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('cat without flags and tee reproduce their input exactly', () => {
    fc.assert(
      fc.property(stdinArb, (s) => {
        expect(run('cat', [], s).stdout).toBe(s);
        expect(run('tee', ['f'], s).stdout).toBe(s);
        expect(run('tee', ['f'], s).writes).toEqual([{ path: 'f', content: s, append: false }]);
      }),
      { numRuns: 1000 },
    );
  });

  it('head -n K and tail -n +K+1 split the input', () => {
    fc.assert(
      fc.property(stdinArb, fc.nat(30), (s, k) => {
        const top = run('head', ['-n', String(k)], s).stdout;
        const rest = run('tail', ['-n', `+${k + 1}`], s).stdout;
        expect(top + rest).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});
