import { describe, expect, it } from 'vitest';
import { LOJA_INI, NGINX_CONF, POSTGRESQL_CONF } from '../scenarios/frota/configs';
import { iniSettings, looksLikeIni } from './ini';

describe('ini settings', () => {
  it('reads section.key settings in file order and skips comments', () => {
    const settings = iniSettings(LOJA_INI);
    expect([...settings.keys()].slice(0, 3)).toEqual(['server.bind', 'server.workers', 'server.timeout']);
    expect(settings.get('database.host')).toBe('{{db_host}}');
  });

  it('reads settings without a section as bare keys', () => {
    expect(iniSettings(POSTGRESQL_CONF).get('max_connections')).toBe('100');
  });

  it('tells ini-style files from others', () => {
    expect(looksLikeIni(LOJA_INI)).toBe(true);
    expect(looksLikeIni(POSTGRESQL_CONF)).toBe(true);
    expect(looksLikeIni(NGINX_CONF)).toBe(false);
    expect(looksLikeIni('# only a comment\n')).toBe(false);
  });
});
