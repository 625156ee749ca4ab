/**
 * Option parsing for the lab's own commands: `--name value`, `--name=value`, boolean `--flag`s, and
 * positional operands. Unknown options are errors in GNU style, said by the caller in the learner's language.
 */
export type Arity = 'one' | 'many';

export type LabOptions =
  | { ok: true; values: Record<string, string[] | undefined>; flags: Set<string>; operands: string[] }
  /** The message to say (`lab.unrecognized`, `lab.needsArgument`) and the option it is about. */
  | { ok: false; error: 'lab.unrecognized' | 'lab.needsArgument'; option: string };

export function parseLabOptions(
  args: readonly string[],
  valued: Record<string, Arity>,
  booleans: readonly string[],
): LabOptions {
  const values: Record<string, string[]> = {};
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') operands.push(arg);
      else operands.push(...args.slice(i + 1));
      if (arg === '--') break;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (booleans.includes(name) && eq === -1) {
      flags.add(name);
      continue;
    }
    const arity = valued[name];
    if (!arity) return { ok: false, error: 'lab.unrecognized', option: arg };
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) return { ok: false, error: 'lab.needsArgument', option: name };
    const list = value.split(',').filter(Boolean);
    values[name] = arity === 'many' ? [...(values[name] ?? []), ...list] : [value];
  }
  return { ok: true, values, flags, operands };
}
