import { describe, expect, it } from 'vitest';
import { parseIni } from './lojaIni';

const PATH = '/etc/loja/loja.ini';

describe('loja.ini, read like configparser', () => {
  it('reads sections, both separators, comments and indented continuations', () => {
    const text =
      '# comment\n[server]\nbind = 127.0.0.1:8000\nWorkers: 4\n; note\n[database]\nhost=db\noptions = a\n  b\n';
    expect(parseIni(PATH, text)).toEqual({
      ok: true,
      sections: {
        server: { bind: '127.0.0.1:8000', workers: '4' },
        database: { host: 'db', options: 'a\nb' },
      },
    });
  });

  it('fails like configparser on a line without a separator, a missing header or a duplicate section', () => {
    expect(parseIni(PATH, '[a]\nx 1\n')).toEqual({
      ok: false,
      line: 2,
      errors: ["Source contains parsing errors: '/etc/loja/loja.ini'", "\t[line  2]: 'x 1\\n'"],
    });
    expect(parseIni(PATH, 'x = 1\n')).toMatchObject({
      ok: false,
      line: 1,
      errors: ['File contains no section headers.', expect.any(String), "'x = 1\\n'"],
    });
    expect(parseIni(PATH, '[a]\n[a]\n')).toMatchObject({ ok: false, line: 2 });
  });
});
