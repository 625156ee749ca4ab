import { safeTerminalText } from '../../shell/format/safeText';

/**
 * The last gate between the shell and xterm. The shell already shows control characters in file contents
 * as `cat -v` does; this gate makes that true of everything the terminal is given (command output, the
 * prompt, which holds a path the learner may have named with escapes), whatever a future command forgets.
 * Only our own styling survives: SGR colour sequences (`ESC [ … m`), which cannot move the cursor, clear
 * the screen, set a title or make a link.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: recognising the ESC of colour sequences is the point
const SGR = /\x1b\[[0-9;]*m/g;

/** `text` with every control character except `\n`, `\t` and SGR colour sequences shown in caret notation. */
export function guardTerminalText(text: string): string {
  let out = '';
  let from = 0;
  SGR.lastIndex = 0;
  for (let m = SGR.exec(text); m; m = SGR.exec(text)) {
    out += safeTerminalText(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + safeTerminalText(text.slice(from));
}

/**
 * At most `limit` lines: the last ones, after a line saying how many were left out. xterm keeps only its
 * scrollback anyway, so lines beyond it would be parsed and drawn only to be thrown away while the page
 * stalls; `head`, `tail`, `grep` and `less` are how to see the rest.
 */
export function lastLines(text: string, limit: number, omitted: (count: number) => string): string {
  let cut = text.length;
  // Count back from the end; a trailing newline ends the last line rather than starting an empty one.
  let seen = text.endsWith('\n') ? -1 : 0;
  while (seen < limit) {
    // lastIndexOf treats a negative start as 0, so the start of the text is checked first.
    const at = cut > 0 ? text.lastIndexOf('\n', cut - 1) : -1;
    if (at < 0) return text;
    cut = at;
    seen += 1;
  }
  let skipped = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < cut; i = text.indexOf('\n', i + 1)) skipped += 1;
  return `${omitted(skipped)}\n${text.slice(cut + 1)}`;
}
