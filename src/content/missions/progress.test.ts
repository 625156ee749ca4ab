import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  missionProgress,
  recordCommand,
  recordHint,
  recordQuizAnswer,
  recordSolutionRevealed,
  recordStart,
  serializeProgress,
} from './progress';
import { parseProgress } from './progressSchema';

describe('mission progress', () => {
  it('keeps quiz answers per question (the last choice counts), saved and read back, until a new attempt', () => {
    let p = recordStart(emptyProgress(7), 'hotfix-drift', 1000);
    p = recordQuizAnswer(p, 1, 2);
    p = recordQuizAnswer(p, 0, 1);
    p = recordQuizAnswer(p, 0, 0);
    expect(missionProgress(p, 'hotfix-drift').quizAnswers).toEqual([0, 2]);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
    expect(missionProgress(recordStart(p, 'hotfix-drift', 5000), 'hotfix-drift').quizAnswers).toBeUndefined();
    expect(recordQuizAnswer(emptyProgress(7), 0, 0)).toEqual(emptyProgress(7));
  });

  it('counts attempts, commands and hints, and remembers when the mission was solved', () => {
    let p = recordStart(emptyProgress(7), 'hotfix-drift', 1000);
    p = recordCommand(p, 2000, false);
    p = recordHint(p, 3);
    p = recordCommand(p, 3000, true);
    p = recordCommand(p, 4000, false);
    expect(p.active).toBe('hotfix-drift');
    expect(missionProgress(p, 'hotfix-drift')).toEqual({
      status: 'solved',
      attempts: 1,
      commands: 3,
      totalCommands: 3,
      hintsUsed: 1,
      solutionRevealed: false,
      startedAt: 1000,
      solvedAt: 3000,
      lastActiveAt: 4000,
    });
  });

  it('starts a new attempt on reset, keeping the solved status and the total of commands', () => {
    let p = recordStart(emptyProgress(1), 'patch-cve', 0);
    p = recordCommand(recordCommand(p, 1, false), 2, true);
    p = recordSolutionRevealed(recordHint(p, 4));
    p = recordStart(p, 'patch-cve', 10);
    const m = missionProgress(p, 'patch-cve');
    expect([m.status, m.attempts, m.commands, m.totalCommands, m.hintsUsed, m.solutionRevealed]).toEqual([
      'solved',
      2,
      0,
      2,
      0,
      false,
    ]);
  });

  it('never counts more hints than the mission has, and ignores commands with no active mission', () => {
    let p = recordStart(emptyProgress(1), 'sandbox', 0);
    for (let i = 0; i < 5; i++) p = recordHint(p, 3);
    expect(missionProgress(p, 'sandbox').hintsUsed).toBe(3);
    expect(recordCommand(emptyProgress(1), 5, true)).toEqual(emptyProgress(1));
    expect(missionProgress(p, 'what-changed').status).toBe('not-started');
  });

  it('round-trips through JSON and rejects saved data that is not progress of this version', () => {
    const p = recordCommand(recordStart(emptyProgress(42), 'meet-the-fleet', 5), 6, false);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
    expect(parseProgress('{not json')).toBeNull();
    expect(parseProgress(JSON.stringify({ ...p, version: 0 }))).toBeNull();
    expect(parseProgress(JSON.stringify({ ...p, extra: true }))).toBeNull();
  });
});
