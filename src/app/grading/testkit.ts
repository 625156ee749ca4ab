import { emptyProgress, type Progress, recordCommand, recordStart } from '../../content';
import { buildSessionExport } from './sessionExport';
import type { SessionExport } from './sessionFormat';
import { emptyLog, recordCommand as logCommand } from './sessionLog';

/** Tests only: a session where the learner solved `meet-the-fleet` in two commands and started another. */
export function sampleSession(
  name = 'Ana Souza',
  seed = 7,
  exportedAt = '2026-11-29T16:00:00.000Z',
): SessionExport {
  let progress: Progress = emptyProgress(seed);
  progress = recordStart(progress, 'meet-the-fleet', 1000);
  progress = recordCommand(progress, 2000, false);
  progress = recordCommand(progress, 3000, true);
  progress = recordStart(progress, 'in-place-upgrade', 4000);
  let log = emptyLog(new Date('2026-11-29T15:00:00.000Z'));
  const commands: [string, string, number, string, string | null][] = [
    ['help', 'comandos…\n', 0, '15:00:10', null],
    ['drift', 'web-01: 2 drifted\n', 0, '15:01:00', 'meet-the-fleet'],
    ['ssh web-01', '', 0, '15:03:00', 'meet-the-fleet'],
    ['apt list --upgradable', 'nginx/stable 1.26\n', 0, '15:20:00', 'in-place-upgrade'],
    ['nginx -t', 'nginx: [emerg] unknown directive "ssl"\n', 1, '15:21:30', 'in-place-upgrade'],
  ];
  for (const [line, output, exitCode, time, mission] of commands) {
    log = logCommand(log, {
      line,
      output,
      exitCode,
      at: new Date(`2026-11-29T${time}.000Z`),
      mission,
      host: 'bastion',
    });
  }
  log = { ...log, solved: [{ mission: 'meet-the-fleet', at: '2026-11-29T15:03:00.000Z' }] };
  return buildSessionExport({ name, log, progress, locale: 'pt-BR', now: new Date(exportedAt) });
}
