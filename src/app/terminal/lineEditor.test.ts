import { describe, expect, it } from 'vitest';
import {
  backspace,
  emptyLine,
  historyDown,
  historyUp,
  insertText,
  killToStart,
  killWordBack,
  moveCursor,
} from './lineEditor';

describe('line editor', () => {
  it('inserts at the cursor and deletes backwards', () => {
    let line = insertText(emptyLine(), 'sytemctl');
    line = moveCursor(line, 2);
    line = insertText(line, 's');
    expect(line.buffer).toBe('systemctl');
    expect(backspace(line).buffer).toBe('sytemctl');
  });
  it('browses history and restores the draft', () => {
    let line = insertText(emptyLine(['ls', 'whoami']), 'hos');
    line = historyUp(line);
    expect(line.buffer).toBe('whoami');
    line = historyUp(line);
    expect(line.buffer).toBe('ls');
    line = historyUp(line);
    expect(line.buffer).toBe('ls');
    line = historyDown(historyDown(line));
    expect(line.buffer).toBe('hos');
  });
  it('kills words and lines like readline', () => {
    const line = insertText(emptyLine(), 'sudo systemctl stop nginx');
    expect(killWordBack(line).buffer).toBe('sudo systemctl stop ');
    expect(killToStart(moveCursor(line, 5)).buffer).toBe('systemctl stop nginx');
  });
});
