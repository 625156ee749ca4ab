/** `systemctl list-units` and `list-unit-files`: systemd's tables, columns as wide as their widest cell. */
import type { Server } from '../../../core';
import type { CommandResult } from '../../types';
import { fnmatchRegExp } from '../files/fnmatch';
import { subState } from './status';

export interface ListOptions {
  all: boolean;
  legend: boolean;
  states: string[];
  types: string[];
  patterns: string[];
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join(' ')
      .trimEnd(),
  );
}

function matches(name: string, patterns: readonly string[]): boolean {
  return (
    patterns.length === 0 ||
    patterns.some((p) => fnmatchRegExp(p).test(name) || fnmatchRegExp(p).test(`${name}.service`))
  );
}

function onlyServices(types: readonly string[]): boolean {
  return types.length === 0 || types.includes('service');
}

export function listUnits(server: Server, o: ListOptions): CommandResult {
  const units = onlyServices(o.types)
    ? Object.keys(server.services)
        .sort()
        .filter((u) => matches(u, o.patterns))
    : [];
  const rows: string[][] = [];
  for (const unit of units) {
    const s = server.services[unit];
    if (!s) continue;
    const sub = subState(unit, s);
    if (!o.all && o.states.length === 0 && s.active === 'inactive') continue;
    if (o.states.length && !o.states.some((st) => st === s.active || st === sub || st === 'loaded')) continue;
    rows.push([s.active === 'failed' ? '●' : ' ', `${unit}.service`, 'loaded', s.active, sub, s.description]);
  }
  const header = [' ', 'UNIT', 'LOAD', 'ACTIVE', 'SUB', 'DESCRIPTION'];
  const body = table([header, ...rows]);
  if (!o.legend)
    return {
      stdout: body
        .slice(1)
        .map((l) => `${l}\n`)
        .join(''),
      stderr: '',
      exitCode: 0,
    };
  if (rows.length === 0) return { stdout: '0 loaded units listed.\n', stderr: '', exitCode: 0 };
  const hint = o.all ? '' : ' Pass --all to see loaded but inactive units, too.';
  const out = [
    ...body,
    '',
    'LOAD   = Reflects whether the unit definition was properly loaded.',
    'ACTIVE = The high-level unit activation state, i.e. generalization of SUB.',
    'SUB    = The low-level unit activation state, values depend on unit type.',
    `${rows.length} loaded units listed.${hint}`,
    "To show all installed unit files use 'systemctl list-unit-files'.",
  ];
  return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}

export function listUnitFiles(server: Server, o: ListOptions): CommandResult {
  const units = onlyServices(o.types)
    ? Object.keys(server.services)
        .sort()
        .filter((u) => matches(u, o.patterns))
    : [];
  const rows = units
    .map((unit) => {
      const state = server.services[unit]?.enabled ? 'enabled' : 'disabled';
      // Template instances are not unit files: their template is, and it is enabled only at runtime.
      const name = unit.includes('@') ? `${unit.slice(0, unit.indexOf('@') + 1)}.service` : `${unit}.service`;
      return [name, unit.includes('@') ? 'indirect' : state, 'enabled'];
    })
    .filter((r) => o.states.length === 0 || o.states.includes(r[1] as string));
  const body = table([['UNIT FILE', 'STATE', 'VENDOR PRESET'], ...rows]);
  const out = o.legend ? [...body, '', `${rows.length} unit files listed.`] : body.slice(1);
  return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}
