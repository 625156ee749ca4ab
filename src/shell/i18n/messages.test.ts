import { describe, expect, it } from 'vitest';
import { createRegistry } from '../registry';
import { EN } from './en';
import { PT_BR } from './ptBR';
import { MESSAGES, say, sayCount } from './say';
import { SUMMARIES_PT_BR } from './summaries';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe("the lab's messages", () => {
  it('have the same keys and placeholders in pt-BR and English, none empty', () => {
    expect(Object.keys(PT_BR).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, english] of Object.entries(EN)) {
      const pt = PT_BR[key as keyof typeof EN];
      expect(pt.trim(), key).not.toBe('');
      expect(placeholders(pt), key).toEqual(placeholders(english));
    }
  });

  it('give every counted message both forms', () => {
    for (const table of Object.values(MESSAGES)) {
      for (const key of Object.keys(table).filter((k) => k.endsWith('_one')))
        expect(table, key).toHaveProperty([key.replace(/_one$/, '_other')]);
    }
  });

  it('speak pt-BR unless told English, and pick the form of a count', () => {
    expect(say({}, 'drift.host')).toBe('SERVIDOR');
    expect(say({ locale: 'en' }, 'drift.host')).toBe('HOST');
    expect(sayCount({}, 'undo.done', 1)).toBe('undo: 1 passo para trás');
    expect(sayCount({}, 'undo.done', 0)).toBe('undo: 0 passos para trás');
    expect(sayCount({ locale: 'en' }, 'redo.done', 4)).toBe('redo: 4 steps');
  });

  it("describe every command of the lab's shell in pt-BR for help, and nothing else", () => {
    const names = [...createRegistry().names(), 'mission', 'hint'].sort();
    expect(Object.keys(SUMMARIES_PT_BR).sort()).toEqual(names);
  });
});
