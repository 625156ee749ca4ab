import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../../core';
import { createRegistry, createShell, execute, type ShellState } from '../../shell';
import { appendEntry, EMPTY_TRANSCRIPT } from '../store/transcript';
import { encodeSession, readEnvelope, type SessionSnapshot, trimTranscript } from './codec';
import { SESSION_KEY, SESSION_MAX_CHARS, SESSION_VERSION } from './format';
import { decodeSession } from './restore';

const registry = createRegistry();

function sessionAfter(...lines: string[]): SessionSnapshot {
  let shell: ShellState = createShell(frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) }));
  let transcript = EMPTY_TRANSCRIPT;
  for (const line of lines) {
    const run = execute(shell, registry, line);
    transcript = appendEntry(transcript, { prompt: '$ ', command: line, output: run.output }, false);
    shell = run.state;
  }
  return { shell, transcript, commandCount: lines.length, missionProgress: null };
}

describe('encodeSession / decodeSession', () => {
  it('restores the world, the sessions, the histories, the transcript and the counter exactly', () => {
    const saved = sessionAfter(
      'ssh web-01',
      'sudo systemctl stop nginx',
      'echo drift | sudo tee /etc/motd',
      'cd /etc',
    );
    const restored = decodeSession(encodeSession(saved));
    if (restored.ok !== true) throw new Error(JSON.stringify(restored));
    expect(restored.snapshot.shell.stack).toEqual(saved.shell.stack);
    expect(restored.snapshot.shell.history).toEqual(saved.shell.history);
    expect(restored.snapshot.shell.lastExit).toBe(saved.shell.lastExit);
    expect(restored.snapshot.shell.world).toEqual(saved.shell.world);
    expect(restored.snapshot.transcript).toEqual(saved.transcript);
    expect(restored.snapshot.commandCount).toBe(4);
    expect(restored.snapshot.shell.world.servers['web-01']?.services.nginx?.active).toBe('inactive');
  });

  it('writes one versioned envelope', () => {
    const text = encodeSession(sessionAfter());
    expect(JSON.parse(text)).toMatchObject({ format: 'driftlab-session', version: SESSION_VERSION });
    expect(SESSION_KEY).toBe('driftlab.session');
  });

  it('sets aside corrupt, foreign, future and oversized text with a reason', () => {
    expect(readEnvelope(null)).toEqual({ kind: 'empty' });
    expect(readEnvelope('{"format":"driftlab-session",')).toMatchObject({ reason: 'corrupt' });
    expect(readEnvelope('[1,2]')).toMatchObject({ reason: 'corrupt' });
    expect(readEnvelope('{"format":"other","version":1}')).toMatchObject({ reason: 'invalid' });
    expect(readEnvelope('{"format":"driftlab-session","version":0}')).toMatchObject({ reason: 'invalid' });
    expect(readEnvelope('{"format":"driftlab-session","version":99,"session":{}}')).toMatchObject({
      reason: 'future',
    });
    expect(readEnvelope(`"${'x'.repeat(SESSION_MAX_CHARS)}"`)).toMatchObject({ reason: 'oversized' });
  });

  it('refuses prototype keys anywhere, without touching Object.prototype', () => {
    const text = '{"format":"driftlab-session","version":1,"session":{"shell":{"__proto__":{"polluted":1}}}}';
    expect(readEnvelope(text)).toMatchObject({ kind: 'rejected', reason: 'corrupt' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('calls a schema-valid envelope with a broken world or a missing host invalid', () => {
    const good = JSON.parse(encodeSession(sessionAfter('ssh web-01')));
    const badWorld = structuredClone(good);
    badWorld.session.world.world.servers['web-01'].hostname = 'nope';
    expect(decodeSession(JSON.stringify(badWorld))).toMatchObject({ ok: false, reason: 'invalid' });
    const lostHost = structuredClone(good);
    lostHost.session.shell.stack[1].host = 'web-99';
    expect(decodeSession(JSON.stringify(lostHost))).toMatchObject({ ok: false, reason: 'invalid' });
    const extraKey = structuredClone(good);
    extraKey.session.extra = true;
    expect(decodeSession(JSON.stringify(extraKey))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('trimTranscript', () => {
  it('keeps the newest entries within the budget and moves the screen start with them', () => {
    let t = EMPTY_TRANSCRIPT;
    for (let i = 0; i < 10; i++)
      t = appendEntry(t, { prompt: 'p', command: `c${i}`, output: 'o'.repeat(97) }, i === 4);
    const trimmed = trimTranscript(t, 350);
    expect(trimmed.entries.map((e) => e.command)).toEqual(['c6', 'c7', 'c8', 'c9']);
    expect(trimmed.entries[0]?.output.length).toBe(350 - 3 * 100 - 3);
    expect(trimmed.screenStart).toBe(0);
    expect(trimTranscript(t, 10_000)).toEqual(t);
  });
});
