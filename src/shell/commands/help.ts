import { wrapText, wrapWords } from '../format/wrap';
import { say, shellLocale } from '../i18n/say';
import { SUMMARIES_PT_BR } from '../i18n/summaries';
import type { CommandRegistry } from '../registry';
import { terminalColumns } from '../session';
import { type CommandSpec, fail, ok, type ShellState } from '../types';
import { FAMILIES } from './system/families';

/** A command's one line in the learner's language (English is the command's own summary). */
function summaryOf(state: ShellState, spec: CommandSpec): string {
  return shellLocale(state) === 'pt-BR' ? (SUMMARIES_PT_BR[spec.name] ?? spec.summary) : spec.summary;
}

/** `help` lists what this simulated shell understands, family by family, so a learner can discover it. */
export function helpCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'help',
    summary: 'list the commands this lab understands',
    usage: 'help [COMMAND]',
    run: ({ state, args }) => {
      const topics = args.filter((a) => a !== '-s' && a !== '-d');
      if (topics.length) {
        const found = topics.flatMap((t) => registry.get(t) ?? []);
        if (found.length === 0) {
          const t = topics[0];
          return fail(
            `bash: help: no help topics match \`${t}'.  Try \`help help' or \`man -k ${t}' or \`info ${t}'.\n`,
          );
        }
        return ok(found.map((s) => `${s.name}: ${s.usage}\n    ${summaryOf(state, s)}\n`).join(''));
      }
      const specs = registry.all();
      const width = Math.max(...specs.map((s) => s.name.length));
      // A description wider than the terminal goes on under itself, not under the names (xterm would cut words).
      const hang = width + 4;
      const room = terminalColumns(state) - hang;
      const fitted = (text: string) =>
        room >= 20 ? wrapWords(text, room).join(`\n${' '.repeat(hang)}`) : text;
      const listed = new Set<string>();
      const sections: string[] = [];
      const section = (title: string, names: readonly string[]) => {
        const members = names.flatMap((n) => (listed.has(n) ? [] : (registry.get(n) ?? [])));
        for (const m of members) listed.add(m.name);
        if (members.length)
          sections.push(
            `${title}\n${members.map((s) => `  ${s.name.padEnd(width)}  ${fitted(summaryOf(state, s))}`).join('\n')}\n`,
          );
      };
      for (const [title, names] of FAMILIES) section(say(state, title), names);
      section(
        say(state, 'help.family.other'),
        specs.map((s) => s.name),
      );
      return ok(`${wrapText(say(state, 'help.header'), terminalColumns(state))}\n\n${sections.join('\n')}`);
    },
  };
}
