import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../content';
import { initI18n } from '../../i18n';
import { readJson } from './fileCheck';
import { problemText } from './problemText';
import { parseProgressFile, serializeProgressFile } from './progressFile';
import { parseSession, serializeSession } from './sessionExport';
import { sampleSession } from './testkit';

const CODES = [
  'empty',
  'too-large',
  'not-json',
  'too-deep',
  'forbidden-key',
  'wrong-format',
  'wrong-version',
  'invalid',
];

describe('parsing a session file', () => {
  it('reads back what it writes', () => {
    const session = sampleSession();
    expect(parseSession(serializeSession(session))).toEqual({ ok: true, value: session });
  });

  it('never throws on any text, and always names a known problem when it refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseSession(text);
        if (!result.ok) expect(CODES).toContain(result.problem.code);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('never throws on any JSON value, and accepts none that is not a session', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSession(JSON.stringify(value) ?? '');
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('refuses or accepts a session with any one field replaced, never throwing', () => {
    const text = serializeSession(sampleSession());
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
    };
    walk(JSON.parse(text), []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.jsonValue(),
        (path, replacement) => {
          const copy = JSON.parse(text);
          let node = copy;
          for (const key of path.slice(0, -1)) node = node[key];
          node[path.at(-1) as string] = replacement;
          const result = parseSession(JSON.stringify(copy));
          if (!result.ok) expect(CODES).toContain(result.problem.code);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = readJson(deep, 1_000_000);
    expect(result.ok).toBe(false);
  });
});

describe('the problems in words', () => {
  const pt = initI18n('pt-BR').t;
  const en = initI18n('en').t;

  it('name the file and say what is wrong, in both languages', () => {
    const bad = parseSession('{"format":"driftlab-session-log","version":2}');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(problemText(pt, 'ana.json', bad.problem, 'session')).toBe(
      'ana.json: versão 2 não suportada; esta versão do DriftLab lê a versão 1.',
    );
    expect(
      problemText(en, 'ana.json', { code: 'invalid', path: 'log.commands[3].exitCode' }, 'session'),
    ).toBe('ana.json: the field log.commands[3].exitCode is missing or has an invalid value.');
    expect(problemText(en, 'x.json', { code: 'wrong-format', found: 'driftlab-session' }, 'progress')).toBe(
      'x.json: not a DriftLab progress file (format found: driftlab-session).',
    );
  });

  it('show file names without control characters', () => {
    expect(problemText(en, 'a\u0000\u001b[31mb.json', { code: 'empty' }, 'session')).toBe(
      'a  [31mb.json: the file is empty.',
    );
  });
});

describe('parsing a progress file', () => {
  it('reads a progress file, and the progress inside a session file', () => {
    const progress = sampleSession().progress;
    expect(parseProgressFile(serializeProgressFile(progress, new Date()))).toEqual({
      ok: true,
      value: progress,
    });
    expect(parseProgressFile(serializeSession(sampleSession()))).toEqual({ ok: true, value: progress });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseProgressFile(text);
        if (!result.ok) expect(CODES).toContain(result.problem.code);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('refuses the progress as the app saves it alone (no format), naming the format', () => {
    const result = parseProgressFile(JSON.stringify(emptyProgress(3)));
    expect(result).toEqual({ ok: false, problem: { code: 'wrong-format', found: '—' } });
  });
});
