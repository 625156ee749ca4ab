/**
 * A learner's session file as DriftLab writes it (format `driftlab-session-log`, version 1), built here as
 * plain data so the specs check the format from outside: one mission solved, one in progress.
 */
export function sessionJson(learner: string, seed: number, exportedAt = '2026-11-29T16:00:00.000Z'): string {
  const mission = (
    id: string,
    status: string,
    commands: number,
    first: string,
    last: string,
    solved: string | null,
    seconds: number,
  ) => ({
    id,
    status,
    attempts: 1,
    commands,
    hintsUsed: 0,
    solutionRevealed: false,
    firstCommandAt: first,
    lastCommandAt: last,
    solvedAt: solved,
    activeSeconds: seconds,
  });
  const progress = (status: string, commands: number, solvedAt: number | null, startedAt: number) => ({
    status,
    attempts: 1,
    commands,
    totalCommands: commands,
    hintsUsed: 0,
    solutionRevealed: false,
    startedAt,
    solvedAt,
    lastActiveAt: solvedAt ?? startedAt,
  });
  const command = (line: string, output: string, exitCode: number, at: string, missionId: string | null) => ({
    line,
    output,
    outputCut: false,
    exitCode,
    at,
    mission: missionId,
    host: 'bastion',
  });
  const session = {
    format: 'driftlab-session-log',
    version: 1,
    learner: { name: learner },
    exportedAt,
    locale: 'pt-BR',
    seed,
    limits: { commands: 1000, lineChars: 2000, outputPerCommand: 4000, outputTotal: 256000 },
    progress: {
      version: 1,
      seed,
      active: 'in-place-upgrade',
      missions: {
        'meet-the-fleet': progress('solved', 2, 3000, 1000),
        'in-place-upgrade': progress('in-progress', 0, null, 4000),
      },
    },
    missions: [
      mission(
        'meet-the-fleet',
        'solved',
        2,
        '2026-11-29T15:01:00.000Z',
        '2026-11-29T15:03:00.000Z',
        '2026-11-29T15:03:00.000Z',
        170,
      ),
      mission(
        'in-place-upgrade',
        'in-progress',
        0,
        '2026-11-29T15:20:00.000Z',
        '2026-11-29T15:21:30.000Z',
        null,
        390,
      ),
    ],
    hintsUsed: 0,
    log: {
      startedAt: '2026-11-29T15:00:00.000Z',
      commands: [
        command('drift', 'web-03: 2 drifted\n', 0, '2026-11-29T15:01:00.000Z', 'meet-the-fleet'),
        command(
          'nginx -t',
          'nginx: [emerg] unknown directive "ssl"\n',
          1,
          '2026-11-29T15:21:30.000Z',
          'in-place-upgrade',
        ),
      ],
      droppedCommands: 0,
      cutOutputs: 0,
      solved: [{ mission: 'meet-the-fleet', at: '2026-11-29T15:03:00.000Z' }],
    },
  };
  return JSON.stringify(session, null, 2);
}

/** Makes the session's missions all "in progress" (nothing solved). */
export function unsolved(json: string): string {
  const session = JSON.parse(json);
  session.missions = session.missions.map((m: Record<string, unknown>) => ({
    ...m,
    status: 'in-progress',
    solvedAt: null,
  }));
  return JSON.stringify(session);
}
