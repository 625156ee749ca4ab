/** Property-based tests: the parser never throws, quote() round-trips, valid lines parse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { braceExpand } from './brace';
import { expandFields, expandWords } from './expand';
import { formatScript } from './format';
import { globToRegExp } from './glob';
import { parseLine } from './parse';
import { quote } from './quote';
import type { ExpandContext, Script } from './types';

/** Characters the shell cares about, mixed with arbitrary UTF-16 (lone surrogates, controls). */
const SHELL_CHARS = [...'\'"\\$`!*?[]{}~#;&|()<> \t\n=:,-/0123456789abcAZ_@%+.'];
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SHELL_CHARS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const shellish = fc.string({ unit, maxLength: 80 });
const anyString = fc.oneof(shellish, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

const ctx: ExpandContext = {
  env: { HOME: '/home/u', X: 'a b', E: '', STAR: '*' },
  lastExit: 1,
  home: (user) => (user === undefined || user === 'u' ? '/home/u' : undefined),
  glob: (pattern) => (pattern.length % 2 === 0 ? ['m1', 'm2'] : []),
};

function allWords(script: Script) {
  return script.lists.flatMap((l) => [l.first, ...l.rest.map((r) => r.pipeline)]).flatMap((p) => p.commands);
}

describe('parseLine never throws', () => {
  it('on arbitrary strings (incl. unicode and control characters), and expansion does not either', () => {
    fc.assert(
      fc.property(anyString, (line) => {
        const r = parseLine(line);
        if (!r.ok) {
          expect(r.error.startsWith('bash: ')).toBe(true);
          expect(r.error).not.toContain('\n');
          expect(r.error).not.toContain('internal parser error');
          return;
        }
        for (const cmd of allWords(r.script)) {
          expandWords(cmd.words, ctx);
          expandFields(cmd.words, ctx);
        }
      }),
      { numRuns: 25_000 },
    );
  }, 120_000);

  it('on long inputs', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 200, maxLength: 2000 }), (line) => {
        expect(typeof parseLine(line).ok).toBe('boolean');
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('brace expansion and glob compilation never throw', () => {
    fc.assert(
      fc.property(shellish, (s) => {
        braceExpand([{ kind: 'text', text: s, quoted: false }]);
        expect(globToRegExp(s)).toBeInstanceOf(RegExp);
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);
});

describe('quote() round-trips through parse and expand', () => {
  const roundTrip = (args: string[], context: ExpandContext) => {
    const line = args.map(quote).join(' ');
    const r = parseLine(line);
    expect(r.ok, line).toBe(true);
    if (!r.ok) return;
    const commands = allWords(r.script);
    expect(commands.length).toBeLessThanOrEqual(1);
    expect(commands.flatMap((c) => c.assignments)).toEqual([]);
    expect(commands.flatMap((c) => expandWords(c.words, context))).toEqual(args);
  };

  it('with an empty environment', () => {
    const empty: ExpandContext = { env: {}, lastExit: 0, home: () => undefined, glob: () => [] };
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 8 }), (args) => roundTrip(args, empty)),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('with variables, homes and a glob that matches everything', () => {
    const hostile: ExpandContext = { ...ctx, glob: () => ['GLOBBED'] };
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 8 }), (args) => roundTrip(args, hostile)),
      { numRuns: 5_000 },
    );
  }, 60_000);
});

describe('grammar-generated command lines parse', () => {
  const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done']);
  const KEYWORDS_MORE = ['case', 'esac', 'select', 'function', 'coproc', 'in', 'time'];
  const plain = fc
    .stringMatching(/^[a-z0-9][a-z0-9._/-]{0,8}$/)
    .filter((w) => !KEYWORDS.has(w) && !KEYWORDS_MORE.includes(w));
  const name = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,5}$/);
  const word = fc.oneof(
    plain,
    fc.string({ maxLength: 10 }).map((s) => `'${s.replace(/'/g, '')}'`),
    fc.string({ maxLength: 10 }).map((s) => `"${s.replace(/["\\$`]/g, '')}"`),
    name.map((n) => `$${n}`),
    name.map((n) => `"\${${n}}x"`),
    plain.map((p) => `~/${p}`),
    plain.map((p) => `*.${p}`),
    plain.map((p) => `${p}{a,b}`),
    fc.constantFrom('\\;', '\\|', '\\ ', '$?', '"$HOME"', '~', "$'\\n'", 'a#b'),
  );
  const redirect = fc
    .tuple(fc.constantFrom('>', '>>', '2>', '2>>', '<', '&>', '>|'), word)
    .map(([op, w]) => `${op}${w}`);
  const command = fc
    .record({
      assigns: fc.array(fc.tuple(name, word), { maxLength: 2 }),
      cmd: plain,
      args: fc.array(word, { maxLength: 4 }),
      redirects: fc.array(fc.oneof(redirect, fc.constant('2>&1')), { maxLength: 2 }),
    })
    .map(({ assigns, cmd, args, redirects }) =>
      [...assigns.map(([n, v]) => `${n}=${v}`), cmd, ...args, ...redirects].join(' '),
    );
  const pipeline = fc
    .tuple(
      fc.boolean(),
      fc.array(command, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(' | ', '|', ' |& '),
    )
    .map(([neg, cmds, sep]) => ({ text: (neg ? '! ' : '') + cmds.join(sep), commands: cmds.length }));
  const andOr = fc
    .tuple(
      pipeline,
      fc.array(fc.tuple(fc.constantFrom('&&', '||', ' && ', ' ||\n'), pipeline), { maxLength: 3 }),
    )
    .map(([first, rest]) => ({
      text: first.text + rest.map(([op, p]) => op + p.text).join(''),
      pipelines: [first, ...rest.map(([, p]) => p)].map((p) => p.commands),
    }));
  const line = fc
    .tuple(
      fc.array(andOr, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('; ', ';', '\n', ' ;\n'),
      fc.constantFrom('', ';', ' # a comment; with | stuff'),
    )
    .map(([lists, sep, tail]) => ({ text: lists.map((l) => l.text).join(sep) + tail, lists }));

  it('with the expected shape, and formatScript output reparses to the same text', () => {
    fc.assert(
      fc.property(line, ({ text, lists }) => {
        const r = parseLine(text);
        expect(r.ok ? '' : r.error, text).toBe('');
        if (!r.ok) return;
        expect(
          r.script.lists.map((l) =>
            [l.first, ...l.rest.map((x) => x.pipeline)].map((p) => p.commands.length),
          ),
        ).toEqual(lists.map((l) => l.pipelines));
        const canonical = formatScript(r.script);
        const again = parseLine(canonical);
        expect(again.ok && formatScript(again.script)).toBe(canonical);
        for (const cmd of allWords(r.script)) expandWords(cmd.words, ctx);
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);
});
