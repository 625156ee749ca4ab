/** What systemd writes to the journal and what `systemctl start` prints when a unit fails to start. */

/** forking/oneshot units fail inside the start job; simple ones start, then their process exits. */
const FORKING = new Set(['nginx', 'postgresql', 'ssh']);

export function isForking(unit: string): boolean {
  return FORKING.has(unit) || unit.startsWith('postgresql@');
}

/** LSB exit codes as systemd names them in `status=N/NAME`. */
const EXIT_NAMES: Readonly<Record<number, string>> = {
  1: 'FAILURE',
  2: 'INVALIDARGUMENT',
  3: 'NOTIMPLEMENTED',
  4: 'NOPERMISSION',
  5: 'NOTINSTALLED',
  6: 'NOTCONFIGURED',
  7: 'NOTRUNNING',
};

/** Journal of a start that fails: the unit's own lines between systemd's. */
export function failedStartJournal(
  unit: string,
  description: string,
  output: readonly string[],
  exitCode: number,
): string[] {
  const status = `status=${exitCode}/${EXIT_NAMES[exitCode] ?? 'FAILURE'}`;
  if (isForking(unit)) {
    return [
      `Starting ${unit}.service - ${description}...`,
      ...output,
      `${unit}.service: Control process exited, code=exited, ${status}`,
      `${unit}.service: Failed with result 'exit-code'.`,
      `Failed to start ${unit}.service - ${description}.`,
    ];
  }
  return [
    `Started ${unit}.service - ${description}.`,
    ...output,
    `${unit}.service: Main process exited, code=exited, ${status}`,
    `${unit}.service: Failed with result 'exit-code'.`,
  ];
}

/** What `systemctl start` prints: only forking units report the failure; a simple unit's job succeeds. */
export function systemctlStartError(unit: string): string[] {
  if (!isForking(unit)) return [];
  return [
    `Job for ${unit}.service failed because the control process exited with error code.`,
    `See "systemctl status ${unit}.service" and "journalctl -xeu ${unit}.service" for details.`,
  ];
}

export function unitNotFound(unit: string): string[] {
  return [`Failed to start ${unit}.service: Unit ${unit}.service not found.`];
}
