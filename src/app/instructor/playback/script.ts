import { hasControlChars } from '../../../content/authored/jsonCheck';

/** A script's bounds: a lesson's demo, not a build log. */
export const SCRIPT_MAX_LINES = 300;
export const SCRIPT_MAX_LINE = 500;
/** A file larger than this is refused before it is read. */
export const SCRIPT_MAX_CHARS = 200_000;

export interface Script {
  /** The command lines to type, in order. */
  steps: string[];
  /** Lines left out: over the length limit, holding control characters, or past the line limit. */
  dropped: number;
}

/**
 * The command lines of a pasted or loaded script: one command per line, blank lines and `#` comments
 * skipped, Windows and old Mac line ends accepted. Lines that could spoof the terminal (control characters) or are
 * absurdly long are dropped and counted, never typed.
 */
export function parseScript(text: string): Script {
  const steps: string[] = [];
  let dropped = 0;
  for (const raw of text.slice(0, SCRIPT_MAX_CHARS).split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.length > SCRIPT_MAX_LINE || hasControlChars(line) || steps.length >= SCRIPT_MAX_LINES) dropped++;
    else steps.push(line);
  }
  return { steps, dropped };
}
