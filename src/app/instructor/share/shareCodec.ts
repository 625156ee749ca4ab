import { compressToEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import {
  type Checked,
  checkEnvelope,
  checkMissionValue,
  checkScenarioValue,
  fail,
  type MissionDoc,
  parseOutsideJson,
  type ScenarioDoc,
} from '../../../content/authored';
import type { World } from '../../../core';
import { decompressBounded } from './lzBounded';
import { type WorldPart, worldFromPart } from './worldPart';

/**
 * Share links: a scenario or a mission (or both) as versioned JSON, compressed with lz-string into the URL's
 * hash (`#share=…`, never sent to any server). Opening one runs the same gates as an imported file plus the
 * link's own: size before decompressing, lz-string that does not decode, and the same schemas.
 */

export const SHARE_PARAM = 'share';
export const SHARE_FORMAT = 'driftlab-share';
export const SHARE_VERSION = 1;
/**
 * Most characters a link's payload may have, encoded. 32 Ki characters keeps the whole URL well inside
 * what browsers, chat apps and LMSs pass along, and bounds what decompressing may cost.
 */
export const SHARE_MAX_ENCODED = 32 * 1024;
/** Most characters the decompressed JSON may have; decompressing stops there (`lzBounded.ts`). */
export const SHARE_MAX_JSON = 1024 * 1024;

/** The link's envelope; its parts are checked as documents of their own (their own format and version). */
const EnvelopeSchema = z.strictObject({
  format: z.literal(SHARE_FORMAT),
  version: z.literal(SHARE_VERSION),
  scenario: z.unknown().optional(),
  mission: z.unknown().optional(),
  world: z.unknown().optional(),
});

export interface SharePayload {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_VERSION;
  scenario?: ScenarioDoc;
  mission?: MissionDoc;
  /** The sharer's world, as changes to its scenario's start (`worldPart.ts`). */
  world?: WorldPart;
}

/** A checked link: its parts, and the world its `world` part rebuilds. */
export interface OpenedShare extends SharePayload {
  builtWorld?: World;
}

export type EncodeResult = { ok: true; encoded: string } | { ok: false; code: 'TOO_LARGE'; size: number };

export function sharePayload(parts: {
  scenario?: ScenarioDoc;
  mission?: MissionDoc;
  world?: WorldPart;
}): SharePayload {
  return { format: SHARE_FORMAT, version: SHARE_VERSION, ...parts };
}

/** The hash's payload for `payload`, or TOO_LARGE with the size it would have had. */
export function encodeShare(payload: SharePayload): EncodeResult {
  const encoded = compressToEncodedURIComponent(JSON.stringify(payload));
  return encoded.length > SHARE_MAX_ENCODED
    ? { ok: false, code: 'TOO_LARGE', size: encoded.length }
    : { ok: true, encoded };
}

/** A full link to this page with `encoded` in the hash. */
export function shareUrl(
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
  encoded: string,
): string {
  return `${location.origin}${location.pathname}${location.search}#${SHARE_PARAM}=${encoded}`;
}

/** The encoded payload in a location hash (`#share=…`), or null when the hash holds no share. */
export function shareFromHash(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  return body.startsWith(prefix) ? body.slice(prefix.length) : null;
}

function within<T>(prefix: string, checked: Checked<T>): Checked<T> {
  if (checked.ok) return checked;
  const issues = checked.error.issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix }));
  return { ok: false, error: { code: checked.error.code, issues } };
}

function checkParts(value: Record<string, unknown>): Checked<OpenedShare> {
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success)
    return fail('INVALID', String(envelope.error.issues[0]?.path[0] ?? ''), 'unknown part');
  const { scenario, mission, world } = envelope.data;
  if (scenario === undefined && mission === undefined && world === undefined)
    return fail('INVALID', '', 'a link holds a scenario, a mission, a world or more');
  const payload: OpenedShare = { format: SHARE_FORMAT, version: SHARE_VERSION };
  if (scenario !== undefined) {
    const checked = within('scenario', checkScenarioValue(scenario));
    if (!checked.ok) return checked;
    payload.scenario = checked.value;
  }
  if (mission !== undefined) {
    const checked = within('mission', checkMissionValue(mission));
    if (!checked.ok) return checked;
    payload.mission = checked.value;
  }
  if (world !== undefined) {
    const built = worldFromPart(world, payload.scenario);
    if (!built.ok) return built;
    payload.world = world as WorldPart;
    payload.builtWorld = built.value;
  }
  return { ok: true, value: payload };
}

/** Decodes and checks a link's payload. Never throws: any text gives a payload or an error code. */
export function decodeShare(encoded: unknown): Checked<OpenedShare> {
  if (typeof encoded !== 'string') return fail('NOT_TEXT');
  if (encoded.length > SHARE_MAX_ENCODED)
    return fail('TOO_LARGE', '', `more than ${SHARE_MAX_ENCODED} characters`);
  if (encoded === '') return fail('EMPTY');
  // lz-string's alphabet: anything else was never produced by it (or was mangled on the way).
  if (!/^[A-Za-z0-9+\-$]+$/.test(encoded)) return fail('NOT_LZ', '', 'not an lz-string payload');
  // Decompressing stops past the JSON limit: a short link may expand to hundreds of megabytes.
  const text = decompressBounded(encoded, SHARE_MAX_JSON);
  if (!text.ok && text.reason === 'TOO_LARGE')
    return fail('TOO_LARGE', '', `expands to more than ${SHARE_MAX_JSON} characters`);
  if (!text.ok || text.text === '') return fail('NOT_LZ', '', 'the payload does not decompress (cut short?)');
  try {
    const json = parseOutsideJson(text.text, SHARE_MAX_JSON);
    if (!json.ok) return json;
    const envelope = checkEnvelope(json.value, SHARE_FORMAT, SHARE_VERSION);
    if (!envelope.ok) return envelope;
    return checkParts(envelope.value);
  } catch {
    return fail('INVALID');
  }
}
