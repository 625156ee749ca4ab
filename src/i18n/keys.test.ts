import { describe, expect, it } from 'vitest';
import en from './en.json';
import { pickLocale } from './index';
import ptBR from './pt-BR.json';

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
  it('picks pt-BR first and English only when asked', () => {
    expect(pickLocale(null, ['en-US'])).toBe('en');
    expect(pickLocale(null, ['de-DE'])).toBe('pt-BR');
    expect(pickLocale('pt-BR', ['en-US'])).toBe('pt-BR');
    expect(pickLocale('xx', [])).toBe('pt-BR');
  });
});
