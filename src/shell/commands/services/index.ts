/** The services family: systemctl, the SysV `service` wrapper and journalctl. */
import type { CommandSpec } from '../../types';
import { journalctlCommand } from './journalctl';
import { serviceCommand } from './service';
import { systemctlCommand } from './systemctl';

export { systemctlCommand };

export function serviceCommands(): CommandSpec[] {
  return [systemctlCommand, serviceCommand, journalctlCommand];
}
