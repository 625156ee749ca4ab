/**
 * Text from files (which the learner or a scenario wrote) must not drive the terminal: an ESC sequence in a
 * config file could retitle the window, clear the screen or fake a prompt. Control characters other than
 * newline and tab are shown the way `cat -v` shows them, so they stay visible but inert.
 */

// C0 controls except \t and \n, DEL, and the C1 controls (U+0080–U+009F, which xterm also obeys).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `cat -v` notation for one control character: `^[` for ESC, `^?` for DEL, `M-^[` for U+009B. */
function caretNotation(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x7f) return '^?';
  if (code >= 0x80) return `M-${caretNotation(String.fromCharCode(code - 0x80))}`;
  return `^${String.fromCharCode(code + 64)}`;
}

/** `text` with every terminal control character (except `\n` and `\t`) replaced by its `cat -v` form. */
export function safeTerminalText(text: string): string {
  // Most text has no control characters: skip the replace (and its allocation) then.
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, caretNotation) : text;
}
