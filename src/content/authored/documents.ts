import { z } from 'zod';
import { type Mission, MissionSchema } from '../missions/schema';
import { type Checked, checkEnvelope, fail, issuesOf, parseOutsideJson } from './jsonCheck';
import { SCENARIO_FORMAT, SCENARIO_VERSION, type ScenarioDoc, ScenarioDocSchema } from './scenarioSchema';

/** Mission files wrap the content's mission (`missions/schema.ts`) in a versioned envelope. */
export const MISSION_FORMAT = 'driftlab-mission';
export const MISSION_VERSION = 1;

export const MissionDocSchema = z.strictObject({
  format: z.literal(MISSION_FORMAT),
  version: z.literal(MISSION_VERSION),
  mission: MissionSchema,
});
export type MissionDoc = z.infer<typeof MissionDocSchema>;

/** A file a browser reads at once without trouble; far above any real scenario or mission. */
export const DOC_MAX_CHARS = 512 * 1024;

export type DocKind = 'scenario' | 'mission';

export function missionDoc(mission: Mission): MissionDoc {
  return { format: MISSION_FORMAT, version: MISSION_VERSION, mission };
}

/** A parsed value checked against a scenario's envelope and schema. */
export function checkScenarioValue(value: unknown): Checked<ScenarioDoc> {
  const envelope = checkEnvelope(value, SCENARIO_FORMAT, SCENARIO_VERSION);
  if (!envelope.ok) return envelope;
  const parsed = ScenarioDocSchema.safeParse(envelope.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: { code: 'INVALID', issues: issuesOf(parsed.error.issues) } };
}

export function checkMissionValue(value: unknown): Checked<MissionDoc> {
  const envelope = checkEnvelope(value, MISSION_FORMAT, MISSION_VERSION);
  if (!envelope.ok) return envelope;
  const parsed = MissionDocSchema.safeParse(envelope.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: { code: 'INVALID', issues: issuesOf(parsed.error.issues) } };
}

/** Text from the editor, a file or storage, checked all the way to a scenario document. Never throws. */
export function checkScenarioText(text: unknown, maxChars = DOC_MAX_CHARS): Checked<ScenarioDoc> {
  try {
    const json = parseOutsideJson(text, maxChars);
    return json.ok ? checkScenarioValue(json.value) : json;
  } catch {
    return fail('INVALID');
  }
}

export function checkMissionText(text: unknown, maxChars = DOC_MAX_CHARS): Checked<MissionDoc> {
  try {
    const json = parseOutsideJson(text, maxChars);
    return json.ok ? checkMissionValue(json.value) : json;
  } catch {
    return fail('INVALID');
  }
}

/** The JSON Schema Monaco validates and completes with, generated from the same zod schema. */
export function jsonSchemaOf(kind: DocKind): unknown {
  const schema = kind === 'scenario' ? ScenarioDocSchema : MissionDocSchema;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}
