import { describe, expect, it } from 'vitest';
import { createPageI18n, switchLocale } from './browser';
import en from './en.json';
import { LANGUAGE_NAMES, LOCALES } from './index';
import ptBR from './pt-BR.json';

describe("the page's translations", () => {
  it('start in pt-BR without the English bundle', async () => {
    const i18n = await createPageI18n('pt-BR');
    expect(i18n.language).toBe('pt-BR');
    expect(i18n.t('app.languageName')).toBe(ptBR.app.languageName);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('start in English with it loaded, and switch both ways', async () => {
    const i18n = await createPageI18n('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.languageName')).toBe(en.app.languageName);
    await switchLocale(i18n, 'pt-BR');
    expect(i18n.t('app.languageName')).toBe(ptBR.app.languageName);
    await switchLocale(i18n, 'en');
    expect(i18n.t('app.languageName')).toBe(en.app.languageName);
  });

  it('load English on a switch from pt-BR', async () => {
    const i18n = await createPageI18n('pt-BR');
    await switchLocale(i18n, 'en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.t('app.languageName')).toBe(en.app.languageName);
  });

  it('name each language in itself, as its own translations do', () => {
    const own = { 'pt-BR': ptBR.app.languageName, en: en.app.languageName };
    for (const locale of LOCALES) expect(LANGUAGE_NAMES[locale]).toBe(own[locale]);
  });
});
