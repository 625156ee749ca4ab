/**
 * The line being typed at the prompt, as pure data: the xterm adapter feeds it keys and redraws it.
 * Kept free of xterm so it can be unit-tested.
 */
export interface LineState {
  buffer: string;
  cursor: number;
  history: string[];
  /** Position while browsing history; equals history.length when editing a new line. */
  historyIndex: number;
  /** What was typed before browsing history, restored when coming back down. */
  draft: string;
}

export function emptyLine(history: string[] = []): LineState {
  return { buffer: '', cursor: 0, history, historyIndex: history.length, draft: '' };
}

export function insertText(line: LineState, text: string): LineState {
  const buffer = line.buffer.slice(0, line.cursor) + text + line.buffer.slice(line.cursor);
  return { ...line, buffer, cursor: line.cursor + text.length };
}

export function backspace(line: LineState): LineState {
  if (line.cursor === 0) return line;
  const buffer = line.buffer.slice(0, line.cursor - 1) + line.buffer.slice(line.cursor);
  return { ...line, buffer, cursor: line.cursor - 1 };
}

export function deleteForward(line: LineState): LineState {
  if (line.cursor >= line.buffer.length) return line;
  return { ...line, buffer: line.buffer.slice(0, line.cursor) + line.buffer.slice(line.cursor + 1) };
}

export function moveCursor(line: LineState, to: number): LineState {
  return { ...line, cursor: Math.max(0, Math.min(line.buffer.length, to)) };
}

/** Ctrl-U: bash kills from the cursor back to the start of the line. */
export function killToStart(line: LineState): LineState {
  return { ...line, buffer: line.buffer.slice(line.cursor), cursor: 0 };
}

/** Ctrl-W: kill the word before the cursor (whitespace-delimited, like bash's unix-word-rubout). */
export function killWordBack(line: LineState): LineState {
  const before = line.buffer.slice(0, line.cursor).replace(/\S+\s*$/, '');
  return { ...line, buffer: before + line.buffer.slice(line.cursor), cursor: before.length };
}

export function historyUp(line: LineState): LineState {
  if (line.historyIndex === 0) return line;
  const draft = line.historyIndex === line.history.length ? line.buffer : line.draft;
  const historyIndex = line.historyIndex - 1;
  const buffer = line.history[historyIndex] ?? '';
  return { ...line, draft, historyIndex, buffer, cursor: buffer.length };
}

export function historyDown(line: LineState): LineState {
  if (line.historyIndex >= line.history.length) return line;
  const historyIndex = line.historyIndex + 1;
  const buffer = historyIndex === line.history.length ? line.draft : (line.history[historyIndex] ?? '');
  return { ...line, historyIndex, buffer, cursor: buffer.length };
}
