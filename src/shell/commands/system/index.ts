import type { CommandRegistry } from '../../registry';
import type { CommandSpec } from '../../types';
import { dateCommand } from './date';
import { dfCommand } from './df';
import { envCommand, printenvCommand } from './env';
import { freeCommand } from './free';
import { hostnameCommand, idCommand, whoamiCommand } from './identity';
import { ipCommand } from './ip';
import { manCommand } from './man';
import { psCommand } from './ps';
import { rebootCommand } from './reboot';
import { clearCommand } from './screen';
import { ssCommand } from './ss';
import { suCommand } from './su';
import { topCommand } from './top';
import { unameCommand } from './uname';
import { uptimeCommand } from './uptime';

export { hostnameCommand, whoamiCommand };

/** The system family: who and where am I, what runs, what it uses, and the machine's own controls. */
export function systemCommands(registry: CommandRegistry): CommandSpec[] {
  return [
    hostnameCommand,
    whoamiCommand,
    idCommand,
    suCommand,
    unameCommand,
    uptimeCommand,
    psCommand,
    topCommand,
    dfCommand,
    freeCommand,
    ipCommand,
    ssCommand,
    envCommand(registry),
    printenvCommand,
    dateCommand,
    rebootCommand,
    clearCommand,
    manCommand(registry),
  ];
}
