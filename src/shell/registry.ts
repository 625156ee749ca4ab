import { appToolCommands } from './commands/apptools';
import {
  cdCommand,
  commandCommand,
  exportCommand,
  falseCommand,
  historyCommand,
  pwdCommand,
  trueCommand,
  typeCommand,
  unsetCommand,
} from './commands/builtins';
import {
  catCommand,
  chmodCommand,
  chownCommand,
  cpCommand,
  findCommand,
  headCommand,
  lessCommand,
  lsCommand,
  mkdirCommand,
  moreCommand,
  mvCommand,
  nanoCommand,
  rmCommand,
  statCommand,
  tailCommand,
  touchCommand,
  treeCommand,
  viCommand,
  vimCommand,
  whichCommand,
} from './commands/files';
import { ansibleCommand } from './commands/fleet/ansible';
import { helpCommand } from './commands/help';
import { labCommands } from './commands/lab';
import { networkCommands } from './commands/network';
import { packageCommands } from './commands/packages';
import { serviceCommands } from './commands/services';
import { systemCommands } from './commands/system';
import { textCommands } from './commands/text';
import type { CommandSpec } from './types';

/** The command table: commands are records, looked up by name. */
export class CommandRegistry {
  private readonly commands = new Map<string, CommandSpec>();

  register(...specs: CommandSpec[]): this {
    for (const spec of specs) this.commands.set(spec.name, spec);
    return this;
  }

  get(name: string): CommandSpec | undefined {
    return this.commands.get(name);
  }

  names(): string[] {
    return [...this.commands.keys()].sort();
  }

  all(): CommandSpec[] {
    return this.names().flatMap((name) => this.commands.get(name) ?? []);
  }
}

/** Every command the lab knows, one family per file under commands/. */
export function createRegistry(): CommandRegistry {
  const registry = new CommandRegistry();
  registry.register(
    cdCommand,
    pwdCommand,
    exportCommand,
    unsetCommand,
    historyCommand,
    trueCommand,
    falseCommand,
    lsCommand,
    catCommand,
    lessCommand,
    moreCommand,
    headCommand,
    tailCommand,
    statCommand,
    findCommand,
    treeCommand,
    cpCommand,
    mvCommand,
    rmCommand,
    mkdirCommand,
    touchCommand,
    chmodCommand,
    chownCommand,
    nanoCommand,
    vimCommand,
    viCommand,
  );
  registry.register(...labCommands, ansibleCommand(registry));
  registry.register(...systemCommands(registry));
  registry.register(...networkCommands(registry));
  registry.register(...textCommands);
  registry.register(...packageCommands());
  registry.register(...serviceCommands());
  registry.register(...appToolCommands());
  return registry.register(
    helpCommand(registry),
    typeCommand(registry),
    commandCommand(registry),
    whichCommand(registry),
  );
}
