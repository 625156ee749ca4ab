import type { CommandRegistry } from '../../registry';
import type { CommandSpec } from '../../types';
import { curlCommand } from './curl';
import { exitCommand, logoutCommand } from './leave';
import { pingCommand } from './ping';
import { sshCommand } from './ssh';

/** The network family: moving between hosts, and what the network answers from here. */
export function networkCommands(registry: CommandRegistry): CommandSpec[] {
  return [sshCommand(registry), exitCommand, logoutCommand, curlCommand, pingCommand];
}
