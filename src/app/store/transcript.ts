/**
 * What the terminal showed, kept as data: the screen reader transcript (a live log of the last commands and
 * their output) and the replay that refills a terminal mounted again (the layout changed from wide to
 * narrow, or a crashed pane was reloaded).
 */
export interface TranscriptEntry {
  /** Increases with every command, for stable keys. */
  seq: number;
  /** The prompt the command was typed at, as printed (colours included). */
  prompt: string;
  command: string;
  /** What the terminal printed, exactly (colours included). */
  output: string;
}

export interface Transcript {
  entries: readonly TranscriptEntry[];
  /** Index in `entries` of the first entry on screen (after the last `clear`). */
  screenStart: number;
}

/** Enough for a screenful and a good scrollback; older entries are dropped. */
export const TRANSCRIPT_LIMIT = 300;

export const EMPTY_TRANSCRIPT: Transcript = { entries: [], screenStart: 0 };

export function appendEntry(
  transcript: Transcript,
  entry: Omit<TranscriptEntry, 'seq'>,
  cleared: boolean,
): Transcript {
  const last = transcript.entries[transcript.entries.length - 1];
  const all = [...transcript.entries, { ...entry, seq: (last?.seq ?? 0) + 1 }];
  const dropped = Math.max(0, all.length - TRANSCRIPT_LIMIT);
  const entries = dropped > 0 ? all.slice(dropped) : all;
  const screenStart = cleared ? entries.length : Math.max(0, transcript.screenStart - dropped);
  return { entries, screenStart };
}

// CSI sequences (colours, cursor moves), OSC sequences (titles) and lone escapes: none of them is text to
// read. Built from strings so the pattern's control characters stay visible as escapes.
const ESC = '\\u001b';
const ESCAPES = new RegExp(
  [
    `${ESC}\\[[0-?]*[ -/]*[@-~]`,
    `${ESC}\\][^\\u0007\\u001b]*(?:\\u0007|${ESC}\\\\)`,
    `${ESC}[@-_]`,
    '[\\u0000-\\u0008\\u000b-\\u001f\\u007f]',
  ].join('|'),
  'g',
);

/** Terminal text as plain text for people: escape sequences and control characters removed. */
export function plainText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(ESCAPES, '');
}

/** The last `count` entries, for the live region (announcing 300 commands helps nobody). */
export function recentEntries(transcript: Transcript, count: number): readonly TranscriptEntry[] {
  return transcript.entries.slice(-count);
}

/** The text that refills a new terminal: every entry since the last clear, as the terminal printed it. */
export function replayText(transcript: Transcript): string {
  return transcript.entries
    .slice(transcript.screenStart)
    .map((e) => `${e.prompt}${e.command}\n${e.output}`)
    .join('');
}
