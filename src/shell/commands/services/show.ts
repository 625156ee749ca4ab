/** `systemctl show UNIT [-p NAME] [--value]`: a unit's properties as `Name=value` lines. */
import type { Server } from '../../../core';
import { systemdTimestamp } from '../../format/time';
import type { CommandResult } from '../../types';
import { subState, unitFile } from './status';

function properties(server: Server, unit: string): [string, string][] {
  const s = server.services[unit];
  if (!s)
    return [
      ['Id', `${unit}.service`],
      ['Names', `${unit}.service`],
      ['LoadState', 'not-found'],
      ['ActiveState', 'inactive'],
      ['SubState', 'dead'],
      ['UnitFileState', ''],
    ];
  const running = s.active === 'active';
  return [
    ['Type', unit === 'postgresql' ? 'oneshot' : ['nginx', 'ssh'].includes(unit) ? 'forking' : 'simple'],
    ['Id', `${unit}.service`],
    ['Names', `${unit}.service`],
    ['Description', s.description],
    ['LoadState', 'loaded'],
    ['ActiveState', s.active],
    ['SubState', subState(unit, s)],
    ['Result', s.active === 'failed' ? 'exit-code' : 'success'],
    ['FragmentPath', unitFile(unit)],
    ['UnitFileState', s.enabled ? 'enabled' : 'disabled'],
    ['UnitFilePreset', 'enabled'],
    ['ActiveEnterTimestamp', running ? systemdTimestamp(s.since) : ''],
    ['InactiveEnterTimestamp', running ? '' : systemdTimestamp(s.since)],
  ];
}

export function showUnit(
  server: Server,
  units: readonly string[],
  wanted: readonly string[],
  valueOnly: boolean,
): CommandResult {
  const names = wanted.flatMap((w) => w.split(','));
  const blocks = units.map((unit) =>
    properties(server, unit)
      .filter(([k]) => names.length === 0 || names.includes(k))
      .map(([k, v]) => (valueOnly ? v : `${k}=${v}`))
      .map((l) => `${l}\n`)
      .join(''),
  );
  return { stdout: blocks.join('\n'), stderr: '', exitCode: 0 };
}
