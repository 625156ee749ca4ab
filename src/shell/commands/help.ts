import type { CommandRegistry } from '../registry';
import { type CommandSpec, ok } from '../types';

/** `help` lists what this simulated shell understands, so a learner can discover it. */
export function helpCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'help',
    summary: 'list the commands this lab understands',
    usage: 'help',
    run: () => {
      const specs = registry.all();
      const width = Math.max(...specs.map((s) => s.name.length));
      const lines = specs.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`);
      return ok(`Commands available in this lab:\n${lines.join('\n')}\n`);
    },
  };
}
