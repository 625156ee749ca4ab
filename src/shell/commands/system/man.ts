import type { CommandRegistry } from '../../registry';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { SECTION_8, SHELL_BUILTINS } from './families';

const WIDTH = 80;
const INDENT = '       ';

function section(name: string): number {
  return SECTION_8.has(name) ? 8 : 1;
}

/** `LS(1)   User Commands   LS(1)`: the title line man puts at the top of a page. */
function titleLine(left: string, middle: string, right: string): string {
  const gap = WIDTH - left.length - right.length - middle.length;
  const before = Math.max(1, Math.floor(gap / 2));
  return `${left}${' '.repeat(before)}${middle}${' '.repeat(Math.max(1, gap - before))}${right}`;
}

/** What the command itself says under `--help`, used as the page's description. */
function helpText(ctx: CommandContext, spec: CommandSpec): string {
  try {
    const result = spec.run({ ...ctx, args: ['--help'], stdin: '' });
    return result.exitCode === 0 ? result.stdout.trim() : '';
  } catch {
    return '';
  }
}

function page(ctx: CommandContext, spec: CommandSpec): string {
  const n = section(spec.name);
  const id = `${spec.name.toUpperCase()}(${n})`;
  const description = helpText(ctx, spec) || spec.summary;
  const indent = (text: string) =>
    text
      .split('\n')
      .map((l) => (l ? INDENT + l : ''))
      .join('\n');
  return [
    titleLine(id, n === 8 ? 'System Administration' : 'User Commands', id),
    '',
    'NAME',
    `${INDENT}${spec.name} - ${spec.summary}`,
    '',
    'SYNOPSIS',
    `${INDENT}${spec.usage}`,
    '',
    'DESCRIPTION',
    indent(description),
    '',
    titleLine('DriftLab', '', id),
    '',
  ].join('\n');
}

function oneLine(spec: CommandSpec): string {
  return `${`${spec.name} (${section(spec.name)})`.padEnd(20)} - ${spec.summary}\n`;
}

/** `man CMD` from each command's own record; `man -k WORD` searches the summaries like apropos. */
export function manCommand(registry: CommandRegistry): CommandSpec {
  const documented = (name: string) => (SHELL_BUILTINS.has(name) ? undefined : registry.get(name));
  return {
    name: 'man',
    summary: 'an interface to the system reference manuals',
    usage: 'man [-k KEYWORD | -f NAME] [SECTION] PAGE...',
    complete: () => registry.names(),
    run: (ctx) => {
      const args = ctx.args.filter((a) => !/^[1-8]$/.test(a));
      if (args[0] === '--help' || args[0] === '-h')
        return ok(
          'Usage: man [OPTION...] [SECTION] PAGE...\n\n  -f, --whatis               equivalent to whatis\n  -k, --apropos              equivalent to apropos\n',
        );
      if (args[0] === '-k' || args[0] === '--apropos' || args[0] === '-f' || args[0] === '--whatis') {
        const words = args.slice(1);
        if (words.length === 0) return fail(`${args[0].includes('k') ? 'apropos' : 'whatis'} what?\n`);
        const exact = args[0].includes('f') || args[0].includes('whatis');
        let stdout = '';
        let stderr = '';
        for (const word of words) {
          const w = word.toLowerCase();
          const hits = registry
            .all()
            .filter((s) => documented(s.name))
            .filter((s) =>
              exact ? s.name === word : s.name.includes(w) || s.summary.toLowerCase().includes(w),
            );
          if (hits.length) stdout += hits.map(oneLine).join('');
          else stderr += `${word}: nothing appropriate.\n`;
        }
        return { stdout, stderr, exitCode: stdout ? 0 : 16 };
      }
      if (args[0]?.startsWith('-'))
        return fail(
          `man: invalid option -- '${args[0].slice(1, 2)}'\nTry 'man --help' or 'man --usage' for more information.\n`,
          2,
        );
      if (args.length === 0) return fail("What manual page do you want?\nFor example, try 'man man'.\n");
      let stdout = '';
      let stderr = '';
      for (const name of args) {
        const spec = documented(name);
        if (spec) stdout += page(ctx, spec);
        else stderr += `No manual entry for ${name}\n`;
      }
      return { stdout, stderr, exitCode: stderr ? 16 : 0 };
    },
  };
}
