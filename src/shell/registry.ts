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
