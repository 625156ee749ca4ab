import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  EMPTY_TRANSCRIPT,
  plainText,
  recentEntries,
  replayText,
  TRANSCRIPT_LIMIT,
  type Transcript,
} from './transcript';

const entry = (command: string, output = '') => ({ prompt: 'aluno@bastion:~$ ', command, output });

describe('transcript', () => {
  it('numbers entries and keeps what the terminal printed', () => {
    let t = appendEntry(EMPTY_TRANSCRIPT, entry('whoami', 'aluno\n'), false);
    t = appendEntry(t, entry('hostname', 'bastion\n'), false);
    expect(t.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(replayText(t)).toBe('aluno@bastion:~$ whoami\naluno\naluno@bastion:~$ hostname\nbastion\n');
  });

  it('replays only what follows the last clear', () => {
    let t = appendEntry(EMPTY_TRANSCRIPT, entry('whoami', 'aluno\n'), false);
    t = appendEntry(t, entry('clear'), true);
    t = appendEntry(t, entry('hostname', 'bastion\n'), false);
    expect(replayText(t)).toBe('aluno@bastion:~$ hostname\nbastion\n');
    expect(recentEntries(t, 2).map((e) => e.command)).toEqual(['clear', 'hostname']);
  });

  it('drops the oldest entries past the limit and keeps the screen start in place', () => {
    let t: Transcript = EMPTY_TRANSCRIPT;
    for (let i = 0; i < TRANSCRIPT_LIMIT; i += 1) t = appendEntry(t, entry(`echo ${i}`), i === 10);
    expect(t.screenStart).toBe(11);
    t = appendEntry(t, entry('last'), false);
    expect(t.entries).toHaveLength(TRANSCRIPT_LIMIT);
    expect(t.entries[0]?.command).toBe('echo 1');
    expect(t.screenStart).toBe(10);
    expect(t.entries[t.screenStart]?.command).toBe('echo 11');
  });

  it('reads as plain text: no colours, cursor moves or control characters', () => {
    expect(plainText('\x1b[01;34mdir\x1b[0m  file\r\n\x07bell\x1b]0;title\x07')).toBe('dir  file\nbell');
  });
});
