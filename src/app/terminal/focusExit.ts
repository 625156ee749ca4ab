/** The parts of a keyboard event the terminal's way out reads (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  type: string;
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** Who gets a key: the terminal (Tab completes there) or the browser (Tab moves the focus, out of it). */
export type KeyOwner = 'terminal' | 'browser';

export interface FocusExit {
  /** Decides a key event, from xterm's custom key handler or the stand-in's keydown. */
  owner(event: KeyPress): KeyOwner;
  /** The terminal lost the focus: an Escape pressed before it no longer arms the next Tab. */
  reset(): void;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The terminal's way out for the keyboard (WCAG 2.1.2, no keyboard trap), where Tab completes as in bash:
 * Shift+Tab goes to the previous control (bash binds nothing useful to it), and Escape then Tab to the next
 * one (Escape alone does nothing at a prompt; the pair is how code editors that keep Tab let it go).
 * Ctrl+M is not used, as in the file editor: a terminal reads it as Enter.
 */
export function createFocusExit(): FocusExit {
  let armed = false;
  return {
    owner(event) {
      if (event.type !== 'keydown' || MODIFIERS.has(event.key)) return 'terminal';
      const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
      const wasArmed = armed;
      armed = plain && !event.shiftKey && event.key === 'Escape';
      if (!plain || event.key !== 'Tab') return 'terminal';
      return event.shiftKey || wasArmed ? 'browser' : 'terminal';
    },
    reset() {
      armed = false;
    },
  };
}
