import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ClassTableView } from './ClassTableView';
import { classCsv } from './classCsv';
import { type FileLike, importClassFiles } from './classImport';
import { buildClassTable, sortRows } from './classTable';
import { CONTROL_BUT_WHITESPACE } from './controlChars';
import { problemText } from './problemText';
import { parseProgressFile, serializeProgressFile } from './progressFile';
import { SESSION_FILE_MAX_BYTES, serializeSession } from './sessionExport';
import { sessionMarkdown } from './sessionMarkdown';
import { sampleSession } from './testkit';

const i18n = initI18n('en');
const good = serializeSession(sampleSession('Ana', 1));
const script = '<script>alert(1)</script><img src=x onerror=alert(1)>';

function file(name: string, text: string, size = new TextEncoder().encode(text).length): FileLike {
  return { name, size, text: async () => text };
}

/** A valid session with one field set to `value` at `path`. */
function withField(path: (string | number)[], value: unknown): string {
  const copy = JSON.parse(good);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1) as string | number] = value;
  return JSON.stringify(copy);
}

/** Every text field of a session holding script, HTML, formulas and control characters. */
function hostileSession(): string {
  const s = sampleSession(`=cmd|' /C calc'!A0 ${script}`.slice(0, 80), 2);
  s.log.commands = s.log.commands.map((c) => ({
    ...c,
    line: `${script} \u0007\u001b[2J`,
    output: `${script}\n\`\`\`\n</pre>\u0000`,
    host: '<b>web</b>',
  }));
  return serializeSession(s);
}

const CORPUS: { file: FileLike; refused?: string }[] = [
  { file: file('ana.json', good) },
  { file: file('empty.json', ''), refused: 'empty' },
  { file: file('blank.json', ' \n\t '), refused: 'empty' },
  { file: file('huge.json', '{}', SESSION_FILE_MAX_BYTES + 1), refused: 'too-large' },
  { file: file('huge-text.json', `{"a":"${'x'.repeat(SESSION_FILE_MAX_BYTES)}"}`, 10), refused: 'too-large' },
  { file: file('cut.json', good.slice(0, good.length / 2)), refused: 'not-json' },
  { file: file('photo.json', '\u0089PNG\r\n\u001a\n\u0000\u0000'), refused: 'not-json' },
  { file: file('list.json', '[1,2,3]'), refused: 'wrong-format' },
  {
    file: file('other.json', '{"format":"driftlab-session","version":1,"body":{}}'),
    refused: 'wrong-format',
  },
  { file: file('v2.json', withField(['version'], 2)), refused: 'wrong-version' },
  { file: file('v-string.json', withField(['version'], '1')), refused: 'wrong-version' },
  { file: file('no-log.json', withField(['log'], null)), refused: 'invalid' },
  { file: file('exit.json', withField(['log', 'commands', 0, 'exitCode'], -1)), refused: 'invalid' },
  { file: file('extra.json', withField(['learner', 'isAdmin'], true)), refused: 'invalid' },
  { file: file('seed.json', good.replace('"seed": 1,', '"seed": 1e400,')), refused: 'invalid' },
  {
    file: file('proto.json', good.replace('{', '{"__proto__":{"polluted":true},')),
    refused: 'forbidden-key',
  },
  {
    file: file('ctor.json', good.replace('"missions": {', '"missions": {"constructor":{"prototype":{}},')),
    refused: 'forbidden-key',
  },
  { file: file('deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`), refused: 'too-deep' },
  { file: file(`${script}.json`, 'nope'), refused: 'not-json' },
  { file: file('hostile.json', hostileSession()) },
  { file: file('bom.json', `\ufeff${serializeSession(sampleSession('Bia', 3))}`) },
  { file: file('ana-again.json', serializeSession(sampleSession('Ana', 1, '2026-11-28T10:00:00.000Z'))) },
  { file: file('ana.json', serializeSession(sampleSession('Caio', 4))) },
];

describe('hostile class files', () => {
  it('refuses each bad file with its reason and keeps reading the others', async () => {
    const before = Object.keys(Object.prototype);
    const result = await importClassFiles(
      CORPUS.map((c) => c.file),
      new Set(),
    );
    expect(result.refused.map((r) => [r.fileName, r.problem.code])).toEqual(
      CORPUS.filter((c) => c.refused).map((c) => [c.file.name, c.refused]),
    );
    expect(result.accepted.map((a) => a.fileName)).toEqual([
      'ana.json',
      'hostile.json',
      'bom.json',
      'ana-again.json',
      'ana.json (2)',
    ]);
    expect(Object.keys(Object.prototype)).toEqual(before);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    for (const r of result.refused) {
      const text = problemText(i18n.t, r.fileName, r.problem, 'session');
      expect(text.startsWith(`${r.fileName}: `)).toBe(true);
      expect(text).not.toMatch(/undefined|\{\{/);
    }
  });

  it('keeps the newer of two exports of one learner and says which file was left out', async () => {
    const { accepted } = await importClassFiles(
      CORPUS.filter((c) => !c.refused).map((c) => c.file),
      new Set(),
    );
    const table = buildClassTable(accepted);
    expect(table.duplicates).toEqual([{ fileName: 'ana-again.json', keptFileName: 'ana.json' }]);
    expect(table.rows).toHaveLength(4);
  });

  it('shows hostile text as text in the table, the CSV and the Markdown', async () => {
    const { accepted } = await importClassFiles([CORPUS[19]?.file as FileLike], new Set());
    const table = buildClassTable(accepted);
    const rows = sortRows(table.rows, { column: 'name', direction: 'ascending' });
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ClassTableView
          table={table}
          rows={rows}
          sort={{ column: 'name', direction: 'ascending' }}
          locale="en"
          onSort={() => {}}
        />
      </I18nextProvider>,
    );
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;');
    const csv = classCsv(table, rows, i18n.t, 'en');
    expect(csv.split('\r\n')[1]).toMatch(/^'=cmd\|' \/C calc'!A0 <script>/);
    const session = accepted[0]?.session;
    if (!session) throw new Error('the hostile session was refused');
    const md = sessionMarkdown({ ...session, locale: 'en' }, i18n.t);
    expect(md.replace(CONTROL_BUT_WHITESPACE, '')).toBe(md);
    expect(
      md
        .split('\n')
        .filter((l) => l.includes('<script>') && !l.startsWith('$ ') && !l.startsWith('<script>')),
    ).toEqual([]);
  });
});

describe('hostile progress files', () => {
  const progress = sampleSession().progress;
  const cases: [string, string, string][] = [
    ['empty', '', 'empty'],
    ['not json', '{"format":', 'not-json'],
    ['a session file whose log is broken still gives its progress', withField(['log'], 5), 'ok'],
    ['a class CSV', 'Learner,File\r\nAna,a.json', 'not-json'],
    [
      'wrong version',
      serializeProgressFile(progress, new Date()).replace('"version": 1', '"version": 9'),
      'wrong-version',
    ],
    [
      '__proto__ in the missions',
      serializeProgressFile(progress, new Date()).replace('"missions": {', '"missions": {"__proto__":{},'),
      'forbidden-key',
    ],
    [
      'negative attempts',
      serializeProgressFile(progress, new Date()).replace('"attempts": 1', '"attempts": -1'),
      'invalid',
    ],
    [
      'script as a mission id',
      serializeProgressFile(progress, new Date()).replace('"meet-the-fleet"', `"${'<script>'.repeat(10)}"`),
      'invalid',
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    const result = parseProgressFile(text);
    expect(result.ok ? 'ok' : result.problem.code).toBe(expected);
  });
});
