import { describe, expect, it } from 'vitest';
import { INSTRUCTOR_STRINGS } from './areas/instructor';
import { addAreaStrings } from './areas/register';
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

  it("know a lazy area's strings only once it registers them, in both languages, before or after a switch", async () => {
    const i18n = await createPageI18n('pt-BR');
    expect(i18n.exists('instructor.title')).toBe(false);
    addAreaStrings(i18n, INSTRUCTOR_STRINGS);
    expect(i18n.t('instructor.title')).toBe(INSTRUCTOR_STRINGS['pt-BR'].instructor.title);
    expect(i18n.t('instructor.open')).toBe(ptBR.instructor.open);
    // English arrives after the area: the main file still loads, and keeps the area's English strings.
    await switchLocale(i18n, 'en');
    expect(i18n.t('app.languageName')).toBe(en.app.languageName);
    expect(i18n.t('instructor.title')).toBe(INSTRUCTOR_STRINGS.en.instructor.title);
    expect(i18n.t('instructor.open')).toBe(en.instructor.open);
  });

  it('name each language in itself, as its own translations do', () => {
    const own = { 'pt-BR': ptBR.app.languageName, en: en.app.languageName };
    for (const locale of LOCALES) expect(LANGUAGE_NAMES[locale]).toBe(own[locale]);
  });
});
