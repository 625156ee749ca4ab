import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MISSIONS } from '../../content';
import { parseInline, parseMissionText, plainText } from './missionText';

describe('mission text', () => {
  it('reads code, bold and emphasis, and leaves underscores inside words alone', () => {
    expect(parseInline('run `sudo apt install` **now**, _please_ in my_file')).toEqual([
      { kind: 'text', text: 'run ' },
      { kind: 'code', text: 'sudo apt install' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'now' }] },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'please' }] },
      { kind: 'text', text: ' in my_file' },
    ]);
    expect(parseInline('`**not bold**`')).toEqual([{ kind: 'code', text: '**not bold**' }]);
  });

  it('splits paragraphs on blank lines and turns dash lines into a list', () => {
    const blocks = parseMissionText('Intro line\ncontinues.\n\n- one;\n- `two`\n\nEnd.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toMatchObject({ kind: 'list', items: [[{ text: 'one;' }], [{ kind: 'code' }]] });
    expect(parseMissionText('Lead:\n- a\n- b').map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('keeps every word of every mission text', () => {
    for (const mission of MISSIONS) {
      for (const text of [mission.briefing.en, mission.debrief['pt-BR']]) {
        const words = parseMissionText(text)
          .flatMap((b) => (b.kind === 'paragraph' ? [b.inlines] : b.items))
          .map(plainText)
          .join(' ');
        const source = text.replace(/\*\*|`|(?<!\w)_|_(?!\w)|^\s*- /gm, '');
        expect(words.replace(/\s+/g, ' ').trim()).toBe(source.replace(/\s+/g, ' ').trim());
      }
    }
  });

  test.prop([fc.string({ maxLength: 300 })])('never throws and never loses text outside markup', (text) => {
    const blocks = parseMissionText(text);
    for (const block of blocks) {
      const parts = block.kind === 'paragraph' ? [block.inlines] : block.items;
      for (const inlines of parts) expect(typeof plainText(inlines)).toBe('string');
    }
    const plain = parseInline(text.replace(/[`*_]/g, ''));
    expect(plainText(plain)).toBe(text.replace(/[`*_]/g, ''));
  });
});
