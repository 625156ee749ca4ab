import { parseWorld } from '../../core/schema/parse';
import { type Restored, readEnvelope } from './codec';
import { migrateBody } from './migrations';
import { sessionBodySchema } from './sessionSchema';

/**
 * Reading a save back: validation with zod and the core's world parser. A chunk of its own in the browser
 * (`browserEnv().restorer`), loaded only when a session was saved: a first visit never needs it.
 */

/** Validates a body of the current version and rebuilds the session from it. Never throws. */
export function restoreBody(body: unknown): Restored {
  try {
    const parsed = sessionBodySchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: 'invalid', detail: `${issue?.path.join('.')}: ${issue?.message}` };
    }
    // The core reads worlds from text; this runs once per page load.
    const world = parseWorld(JSON.stringify(parsed.data.world));
    if (!world.ok) return { ok: false, reason: 'invalid', detail: `world: ${world.error.message}` };
    const { stack, lastExit, history } = parsed.data.shell;
    const lost = stack.find((s) => world.world.servers[s.host] === undefined);
    if (lost) return { ok: false, reason: 'invalid', detail: `no host ${lost.host} in the world` };
    return {
      ok: true,
      snapshot: {
        shell: { world: world.world, stack, lastExit, history },
        transcript: parsed.data.transcript,
        commandCount: parsed.data.commandCount,
        missionProgress: parsed.data.missions,
        ...(parsed.data.guideTab ? { guideTab: parsed.data.guideTab } : {}),
        ...(parsed.data.authoredMission != null ? { authoredMission: parsed.data.authoredMission } : {}),
      },
    };
  } catch (e) {
    return { ok: false, reason: 'invalid', detail: String(e) };
  }
}

/** The whole path from stored text to a session, for callers outside zustand's persist (tests, tools). */
export function decodeSession(raw: string | null): Restored | { ok: 'empty' } {
  const envelope = readEnvelope(raw);
  if (envelope.kind === 'empty') return { ok: 'empty' };
  if (envelope.kind === 'rejected') return { ok: false, reason: envelope.reason, detail: envelope.detail };
  const migrated = migrateBody(envelope.body, envelope.version);
  if (!migrated.ok) return { ok: false, reason: 'invalid', detail: migrated.detail };
  return restoreBody(migrated.body);
}
