import type { CommandRegistry } from '../registry';
import { type CommandSpec, fail, ok } from '../types';
import { FAMILIES } from './system/families';

/** `help` lists what this simulated shell understands, family by family, so a learner can discover it. */
export function helpCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'help',
    summary: 'list the commands this lab understands',
    usage: 'help [COMMAND]',
    run: ({ args }) => {
      const topics = args.filter((a) => a !== '-s' && a !== '-d');
      if (topics.length) {
        const found = topics.flatMap((t) => registry.get(t) ?? []);
        if (found.length === 0) {
          const t = topics[0];
          return fail(
            `bash: help: no help topics match \`${t}'.  Try \`help help' or \`man -k ${t}' or \`info ${t}'.\n`,
          );
        }
        return ok(found.map((s) => `${s.name}: ${s.usage}\n    ${s.summary}\n`).join(''));
      }
      const specs = registry.all();
      const width = Math.max(...specs.map((s) => s.name.length));
      const listed = new Set<string>();
      const sections: string[] = [];
      const section = (title: string, names: readonly string[]) => {
        const members = names.flatMap((n) => (listed.has(n) ? [] : (registry.get(n) ?? [])));
        for (const m of members) listed.add(m.name);
        if (members.length)
          sections.push(
            `${title}\n${members.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`).join('\n')}\n`,
          );
      };
      for (const [title, names] of FAMILIES) section(title, names);
      section(
        'Other',
        specs.map((s) => s.name),
      );
      return ok(
        `Commands available in this lab (help COMMAND or man COMMAND for details):\n\n${sections.join('\n')}`,
      );
    },
  };
}
