import { describe, expect, it } from 'vitest';
import { GRADING_STRINGS } from './areas/grading';
import { INSTRUCTOR_STRINGS } from './areas/instructor';
import enMain from './en.json';
import { pickLocale, resources } from './index';
import ptBRMain from './pt-BR.json';

// Every string: the main files and the lazy areas' files, merged as tests and tools load them.
const ptBR = resources['pt-BR'].translation;
const en = resources.en.translation;
const FILES = { main: { 'pt-BR': ptBRMain, en: enMain }, INSTRUCTOR_STRINGS, GRADING_STRINGS };

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** i18next's plural forms (`key_one`, `key_other`…): a language has those its plural rules name, `zero` too if it likes. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (path: string) => path.replace(PLURAL, '');
const LOCALE_TREES = { 'pt-BR': ptBR, en } as const;

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

describe('translations', () => {
  it('have the same keys in pt-BR and English (a counted key in the plural forms of each language)', () => {
    const bases = (tree: unknown) => [...new Set(keyPaths(tree).map(base))].sort();
    expect(bases(en)).toEqual(bases(ptBR));
    for (const [locale, tree] of Object.entries(LOCALE_TREES)) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const counted = new Set(
        keyPaths(tree)
          .filter((p) => PLURAL.test(p))
          .map(base),
      );
      for (const key of counted) {
        const forms = keyPaths(tree)
          .filter((p) => base(p) === key && PLURAL.test(p))
          .map((p) => p.slice(key.length + 1));
        expect(forms.filter((f) => f !== 'zero').sort(), `${locale} ${key}`).toEqual([...categories].sort());
      }
    }
  });
  it('have no empty strings and the same placeholders in both languages', () => {
    // A plural form the other language lacks (pt-BR's zero, many) is compared with its `other`.
    const counterpart = (tree: unknown, path: string) =>
      lookup(tree, path) ?? lookup(tree, path.replace(PLURAL, '_other'));
    for (const path of keyPaths(ptBR)) {
      const pt = lookup(ptBR, path);
      const english = counterpart(en, path);
      expect(typeof pt === 'string' && pt.trim().length > 0, path).toBe(true);
      expect(typeof english === 'string' && english.trim().length > 0, path).toBe(true);
      expect(placeholders(String(english)), path).toEqual(placeholders(String(pt)));
    }
    for (const path of keyPaths(en)) expect(String(lookup(en, path)).trim(), path).not.toBe('');
  });
  it('pick the plural form of a count, zero reading as a plural in pt-BR', async () => {
    const { createInstance } = await import('i18next');
    const { I18N_OPTIONS } = await import('./locales');
    const i18n = createInstance();
    await i18n.init({ ...I18N_OPTIONS, lng: 'pt-BR', resources });
    const solved = (count: number) => i18n.t('grading.progress.solvedCount', { count });
    expect([0, 1, 2, 1_000_000].map(solved)).toEqual([
      '0 resolvidas',
      '1 resolvida',
      '2 resolvidas',
      '1000000 resolvidas',
    ]);
    await i18n.changeLanguage('en');
    expect(i18n.t('instructor.chaos.fire', { count: 1 })).toBe('Fire on 1 server');
    expect(i18n.t('instructor.chaos.fire', { count: 0 })).toBe('Fire on 0 servers');
  });
  it('give each key to one file only (an area never repeats a main or another area key)', () => {
    for (const locale of ['pt-BR', 'en'] as const) {
      const all = Object.values(FILES).flatMap((file) => keyPaths(file[locale]));
      expect(all.length, locale).toBe(new Set(all).size);
      expect(all.length, locale).toBe(keyPaths(locale === 'en' ? en : ptBR).length);
    }
  });
  it('have the same keys in both languages in every file', () => {
    for (const [name, file] of Object.entries(FILES)) {
      const bases = (tree: unknown) => [...new Set(keyPaths(tree).map(base))].sort();
      expect(bases(file.en), name).toEqual(bases(file['pt-BR']));
    }
  });
  it('picks pt-BR first and English only when asked', () => {
    expect(pickLocale(null, ['en-US'])).toBe('en');
    expect(pickLocale(null, ['de-DE'])).toBe('pt-BR');
    expect(pickLocale('pt-BR', ['en-US'])).toBe('pt-BR');
    expect(pickLocale('xx', [])).toBe('pt-BR');
  });
});
