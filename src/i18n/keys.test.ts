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

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

describe('translations', () => {
  it('have the same keys in pt-BR and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(ptBR).sort());
  });
  it('have no empty strings and the same placeholders in both languages', () => {
    for (const path of keyPaths(ptBR)) {
      const pt = lookup(ptBR, path);
      const english = lookup(en, path);
      expect(typeof pt === 'string' && pt.trim().length > 0, path).toBe(true);
      expect(typeof english === 'string' && english.trim().length > 0, path).toBe(true);
      expect(placeholders(String(english)), path).toEqual(placeholders(String(pt)));
    }
  });
  it('give each key to one file only (an area never repeats a main or another area key)', () => {
    for (const locale of ['pt-BR', 'en'] as const) {
      const all = Object.values(FILES).flatMap((file) => keyPaths(file[locale]));
      expect(all.length, locale).toBe(new Set(all).size);
      expect(all.length, locale).toBe(keyPaths(locale === 'en' ? en : ptBR).length);
    }
  });
  it('have the same keys in both languages in every file', () => {
    for (const [name, file] of Object.entries(FILES))
      expect(keyPaths(file.en).sort(), name).toEqual(keyPaths(file['pt-BR']).sort());
  });
  it('picks pt-BR first and English only when asked', () => {
    expect(pickLocale(null, ['en-US'])).toBe('en');
    expect(pickLocale(null, ['de-DE'])).toBe('pt-BR');
    expect(pickLocale('pt-BR', ['en-US'])).toBe('pt-BR');
    expect(pickLocale('xx', [])).toBe('pt-BR');
  });
});
