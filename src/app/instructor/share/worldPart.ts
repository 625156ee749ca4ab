import { z } from 'zod';
import { buildScenario, type Checked, fail, type ScenarioDoc } from '../../../content/authored';
import { LAB_START } from '../../../content/scenarios';
import { frotaWorld, type World } from '../../../core';
import { applyWorldDiff, type WorldOp, worldDiff } from './worldDiff';

/**
 * The optional third part of a link: the sharer's current world, as changes to the world its scenario starts
 * with — the link's own scenario, or the built-in fleet with a seed. Larger built-in fleets are not linked
 * (their base alone is tens of megabytes to rebuild and compare).
 */

const segment = z.union([z.string().max(4096), z.number().int().min(0).max(1_000_000)]);
const path = z.array(segment).max(40);
const OpSchema = z.union([
  z.tuple([z.literal('s'), path, z.json()]),
  z.tuple([z.literal('d'), path]),
  z.tuple([z.literal('a'), path, z.array(z.json()).max(100_000)]),
]);

export const WorldPartSchema = z.strictObject({
  /** The built-in scenario the changes apply to; absent: the link's own scenario. */
  builtin: z.literal('frota').optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  ops: z.array(OpSchema).max(20_000),
});
export type WorldPart = z.infer<typeof WorldPartSchema>;

/** Servers a linked world may have: the same bound as a saved session. */
const MAX_SERVERS = 60;

function baseOf(part: Pick<WorldPart, 'builtin' | 'seed'>, scenario: ScenarioDoc | undefined): World | null {
  if (part.builtin === 'frota') return frotaWorld({ seed: part.seed, now: LAB_START });
  return scenario ? buildScenario(scenario, LAB_START) : null;
}

/** The part for `world`, or null when its scenario cannot be rebuilt from a link. */
export function worldPartFor(world: World, scenario: ScenarioDoc | undefined): WorldPart | null {
  if (world.order.length > MAX_SERVERS) return null;
  const own = scenario && scenario.id === world.scenario ? scenario : undefined;
  const part = own
    ? { seed: world.seed }
    : world.scenario === 'frota'
      ? { builtin: 'frota' as const, seed: world.seed }
      : null;
  const base = part && baseOf(part, own);
  if (!part || !base) return null;
  return { ...part, ops: worldDiff(base, world) };
}

/** The world a checked part describes, read back through the core's parser. */
export function worldFromPart(value: unknown, scenario: ScenarioDoc | undefined): Checked<World> {
  const parsed = WorldPartSchema.safeParse(value);
  if (!parsed.success) return fail('INVALID', 'world', parsed.error.issues[0]?.message ?? 'invalid');
  const base = baseOf(parsed.data, scenario);
  if (!base) return fail('INVALID', 'world', 'the world needs the scenario it was made from');
  const world = applyWorldDiff(base, parsed.data.ops as WorldOp[]);
  if (world.ok) return { ok: true, value: world.world };
  const code = world.error.code === 'FORBIDDEN_KEY' ? 'FORBIDDEN_KEY' : 'INVALID';
  return fail(code, `world${world.error.path ? `.${world.error.path.join('.')}` : ''}`, world.error.message);
}
