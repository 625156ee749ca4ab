import { pick, renderTemplate, seedState } from '../../core';
import type { Mission } from './schema';

/** A learner's values for a mission's variables: `{ target: 'web-02', timeout: '120' }`. */
export type MissionVars = Readonly<Record<string, string>>;

/** A stable 32-bit number per mission id, so two missions draw differently from the same learner seed. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * The mission's variables for one learner seed, in declaration order (a variable may use the ones before
 * it). Deterministic: the same mission and seed always give the same values, with the core's seeded RNG.
 */
export function resolveVariables(mission: Pick<Mission, 'id' | 'variables'>, seed: number): MissionVars {
  let rng = seedState(seed ^ idHash(mission.id));
  const vars: Record<string, string> = {};
  for (const [name, spec] of Object.entries(mission.variables)) {
    if ('pickOne' in spec) {
      const taken = new Set((spec.distinctFrom ?? []).map((other) => vars[other]));
      const allowed = spec.pickOne.filter((value) => !taken.has(value));
      const [value, next] = pick(rng, allowed.length > 0 ? allowed : spec.pickOne);
      vars[name] = value;
      rng = next;
    } else if ('lookup' in spec) {
      vars[name] = spec.values[vars[spec.lookup] ?? ''] ?? '';
    } else {
      vars[name] = renderTemplate(spec.value, vars);
    }
  }
  return vars;
}

/** Fills `{{name}}` placeholders; an unknown name stays visible rather than turning into nothing. */
export function fill(template: string, vars: MissionVars): string {
  return renderTemplate(template, vars);
}

/** Like `fill`, for a regular expression: the values are matched literally (`2.3.0` is not `2x3y0`). */
export function fillPattern(pattern: string, vars: MissionVars): string {
  const escaped = Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')]),
  );
  return renderTemplate(pattern, escaped);
}

/** Every value each `pickOne` variable may take: what a test must try, and what a property must stay within. */
export function allowedValues(mission: Pick<Mission, 'variables'>): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(mission.variables).flatMap(([name, spec]) =>
      'pickOne' in spec ? [[name, spec.pickOne]] : [],
    ),
  );
}
