import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFocusExit, type KeyPress } from './focusExit';

const key = (k: string, mods: Partial<KeyPress> = {}, type = 'keydown'): KeyPress => ({
  type,
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('the terminal’s way out for the keyboard', () => {
  it('keeps Tab for completion', () => {
    const exit = createFocusExit();
    expect(exit.owner(key('l'))).toBe('terminal');
    expect(exit.owner(key('Tab'))).toBe('terminal');
    expect(exit.owner(key('Tab'))).toBe('terminal');
  });

  it('lets Shift+Tab move to the previous control', () => {
    const exit = createFocusExit();
    expect(exit.owner(key('Shift'))).toBe('terminal');
    expect(exit.owner(key('Tab', { shiftKey: true }))).toBe('browser');
  });

  it('lets Escape then Tab move to the next control, once', () => {
    const exit = createFocusExit();
    expect(exit.owner(key('Escape'))).toBe('terminal');
    expect(exit.owner(key('Escape', {}, 'keyup'))).toBe('terminal');
    expect(exit.owner(key('Tab'))).toBe('browser');
    expect(exit.owner(key('Tab'))).toBe('terminal');
  });

  it('forgets an Escape followed by another key, or by leaving the terminal', () => {
    const exit = createFocusExit();
    exit.owner(key('Escape'));
    exit.owner(key('a'));
    expect(exit.owner(key('Tab'))).toBe('terminal');
    exit.owner(key('Escape'));
    exit.reset();
    expect(exit.owner(key('Tab'))).toBe('terminal');
  });

  it('leaves Ctrl, Alt and Meta with Tab to the terminal and the browser’s own shortcuts', () => {
    const exit = createFocusExit();
    for (const mods of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }]) {
      exit.owner(key('Escape'));
      expect(exit.owner(key('Tab', mods))).toBe('terminal');
      expect(exit.owner(key('Tab', { ...mods, shiftKey: true }))).toBe('terminal');
    }
  });

  it('gives a key to the browser only for Shift+Tab or a Tab right after Escape (modifiers aside)', () => {
    const keys = fc.record({
      type: fc.constantFrom('keydown', 'keyup', 'keypress'),
      key: fc.constantFrom('Tab', 'Escape', 'a', 'Enter', 'Shift', 'Control', 'ArrowUp'),
      shiftKey: fc.boolean(),
      ctrlKey: fc.boolean(),
      altKey: fc.boolean(),
      metaKey: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 30 }), (presses) => {
        const exit = createFocusExit();
        const downs = presses.filter((p) => p.type === 'keydown' && !['Shift', 'Control'].includes(p.key));
        for (const press of presses) {
          const owner = exit.owner(press);
          if (owner === 'terminal') continue;
          const plain = !press.ctrlKey && !press.altKey && !press.metaKey;
          const before = downs[downs.indexOf(press) - 1];
          const afterEscape = before?.key === 'Escape' && !before.shiftKey && !before.ctrlKey;
          expect(press.type === 'keydown' && press.key === 'Tab' && plain).toBe(true);
          expect(press.shiftKey || (afterEscape && !before.altKey && !before.metaKey)).toBe(true);
        }
      }),
    );
  });
});
