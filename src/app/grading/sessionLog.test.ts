import { describe, expect, it } from 'vitest';
import { emptyProgress, recordStart } from '../../content';
import { LOG_LIMITS } from './limits';
import { IDLE_CAP_SECONDS, missionResults } from './missionResults';
import { emptyLog, recordCommand, recordSolved } from './sessionLog';

const start = new Date('2026-11-29T15:00:00.000Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const input = (line: string, output: string, seconds = 0, mission: string | null = null) => ({
  line,
  output,
  exitCode: 0,
  at: at(seconds),
  mission,
  host: 'bastion',
});

describe('the session log', () => {
  it('records the line, plain output, exit code, wall time, mission and host', () => {
    const log = recordCommand(emptyLog(start), {
      ...input('ls', '\u001b[1;34mvar\u001b[0m\r\n', 5, 'meet-the-fleet'),
      exitCode: 2,
    });
    expect(log.commands).toEqual([
      {
        line: 'ls',
        output: 'var\n',
        outputCut: false,
        exitCode: 2,
        at: '2026-11-29T15:00:05.000Z',
        mission: 'meet-the-fleet',
        host: 'bastion',
      },
    ]);
  });

  it('cuts an output longer than the per-command limit and counts it', () => {
    const log = recordCommand(
      emptyLog(start),
      input('cat big', 'x'.repeat(LOG_LIMITS.outputPerCommand + 10)),
    );
    expect(log.commands[0]?.output).toHaveLength(LOG_LIMITS.outputPerCommand);
    expect(log.commands[0]?.outputCut).toBe(true);
    expect(log.cutOutputs).toBe(1);
  });

  it('keeps the whole session under the total output limit', () => {
    let log = emptyLog(start);
    const each = LOG_LIMITS.outputPerCommand;
    const fits = Math.floor(LOG_LIMITS.outputTotal / each);
    for (let i = 0; i < fits + 3; i++) log = recordCommand(log, input(`cat f${i}`, 'y'.repeat(each)));
    const total = log.commands.reduce((sum, c) => sum + c.output.length, 0);
    expect(total).toBeLessThanOrEqual(LOG_LIMITS.outputTotal);
    expect(log.commands.at(-1)?.output).toBe('');
    expect(log.commands.at(-1)?.outputCut).toBe(true);
    expect(log.commands).toHaveLength(fits + 3);
  });

  it('drops the oldest commands past the limit and counts them', () => {
    let log = emptyLog(start);
    for (let i = 0; i < LOG_LIMITS.commands + 5; i++) log = recordCommand(log, input(`echo ${i}`, ''));
    expect(log.commands).toHaveLength(LOG_LIMITS.commands);
    expect(log.droppedCommands).toBe(5);
    expect(log.commands[0]?.line).toBe('echo 5');
  });

  it('keeps a command on one line, without control characters, and bounds odd exit codes', () => {
    const log = recordCommand(emptyLog(start), { ...input('echo a\nrm -rf /\u0007', ''), exitCode: 300 });
    expect(log.commands[0]?.line).toBe('echo a rm -rf /');
    expect(log.commands[0]?.exitCode).toBe(255);
  });

  it('records a mission solved once, at its first time', () => {
    let log = recordSolved(emptyLog(start), 'meet-the-fleet', at(10));
    log = recordSolved(log, 'meet-the-fleet', at(99));
    expect(log.solved).toEqual([{ mission: 'meet-the-fleet', at: '2026-11-29T15:00:10.000Z' }]);
  });
});

describe('mission results', () => {
  it('adds the gaps before each command of a mission, each capped at the idle limit', () => {
    let log = emptyLog(start);
    log = recordCommand(log, input('help', '', 0));
    log = recordCommand(log, input('drift', '', 60, 'meet-the-fleet'));
    log = recordCommand(log, input('ssh web-01', '', 90, 'meet-the-fleet'));
    log = recordCommand(log, input('ls', '', 90 + 3600, 'meet-the-fleet'));
    const progress = recordStart(emptyProgress(3), 'meet-the-fleet', 0);
    const [result] = missionResults(progress, log);
    expect(result).toMatchObject({
      id: 'meet-the-fleet',
      status: 'in-progress',
      attempts: 1,
      firstCommandAt: '2026-11-29T15:01:00.000Z',
      lastCommandAt: '2026-11-29T16:01:30.000Z',
      solvedAt: null,
      activeSeconds: 60 + 30 + IDLE_CAP_SECONDS,
    });
  });

  it('lists missions the log saw even when the progress was reset since', () => {
    const log = recordCommand(emptyLog(start), input('drift', '', 1, 'hotfix-drift'));
    const results = missionResults(emptyProgress(3), log);
    expect(results.map((r) => [r.id, r.status])).toEqual([['hotfix-drift', 'not-started']]);
  });
});
