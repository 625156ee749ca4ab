import { z } from 'zod';
import { EVENT_KINDS } from '../events/kinds';
import { LEDGER_CHUNK, ledgerFromEntries } from '../history/ledger';
import type {
  Certificate,
  FsNode,
  Ledger,
  LedgerEntry,
  Manifest,
  Role,
  ScheduledEvent,
  Server,
  Service,
  World,
} from '../model/types';
import { LIMITS } from './limits';

/**
 * The zod schema of every field of `model/types.ts`. Objects are strict (an unknown key is an error, so a
 * typo or a field from a newer build is never silently dropped) and every string, record and array is bounded.
 * The compile-time checks at the bottom fail when the model gains a field this schema does not know.
 */

const ROLES = ['bastion', 'lb', 'web', 'db'] as const satisfies readonly Role[];

const time = z.number();
const line = z.string().max(LIMITS.textLine);
const name = z
  .string()
  .min(1)
  .max(LIMITS.nameChars)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.@:+~-]*\$?$/, 'Invalid name');
const path = z
  .string()
  .max(LIMITS.pathChars)
  .regex(/^\/[^\0]*$/, 'Expected an absolute path');
const mode = z.int().min(0).max(0o7777);

function bounded<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V, max: number) {
  return z
    .record(key, value)
    .refine((r) => Object.keys(r).length <= max, { message: `At most ${max} entries` });
}

const fileNode = z.strictObject({
  kind: z.literal('file'),
  content: z.string().max(LIMITS.fileChars),
  owner: name,
  group: name,
  mode,
  mtime: time,
});
const dirNode = z.strictObject({ kind: z.literal('dir'), owner: name, group: name, mode, mtime: time });
const fsNode = z.discriminatedUnion('kind', [fileNode, dirNode]);

const service = z.strictObject({
  package: name,
  description: line,
  enabled: z.boolean(),
  active: z.enum(['active', 'inactive', 'failed']),
  since: time,
  loaded: bounded(name, line, LIMITS.packages),
  journal: z
    .array(z.strictObject({ time, priority: z.int().min(0).max(7), message: line }))
    .max(LIMITS.journalLines),
});

const user = z.strictObject({
  uid: z.int().min(0),
  gid: z.int().min(0),
  home: path,
  shell: path,
  groups: z.array(name).max(LIMITS.groupsPerUser),
});

const certificate = z.strictObject({ subject: line, notAfter: time });

export const serverSchema = z.strictObject({
  hostname: name,
  env: name,
  role: z.enum(ROLES),
  ip: line,
  osPrettyName: line,
  kernel: z.strictObject({ running: line, installed: line }),
  bootedAt: time,
  power: z.enum(['on', 'off']),
  reachable: z.boolean(),
  packages: bounded(
    name,
    z.strictObject({
      version: line,
      held: z.boolean(),
      status: z.enum(['installed', 'half-configured', 'unpacked']).optional(),
      auto: z.boolean().optional(),
    }),
    LIMITS.packages,
  ),
  fs: bounded(path, fsNode, LIMITS.fsNodes),
  services: bounded(name, service, LIMITS.services),
  users: bounded(name, user, LIMITS.users),
  disk: z.strictObject({ totalMb: z.number().min(0), usedMb: z.number().min(0) }),
  apt: z.strictObject({
    sources: z.array(name).max(LIMITS.aptSources),
    updatedAt: time.nullable(),
    lock: z.strictObject({ holder: line, pid: z.int().min(0) }).nullable(),
    residualConfig: bounded(name, line, LIMITS.packages).optional(),
  }),
  certificates: bounded(path, certificate, LIMITS.certificates),
  database: z.strictObject({ name, schemaVersion: z.int() }).nullable(),
});

const managedFile = z.strictObject({
  content: z.string().max(LIMITS.fileChars),
  owner: name,
  group: name,
  mode,
});

const manifest = z.strictObject({
  role: z.enum(ROLES),
  packages: bounded(name, line, LIMITS.packages),
  files: bounded(path, managedFile, LIMITS.manifestFiles),
  services: bounded(
    name,
    z.strictObject({ enabled: z.boolean(), state: z.enum(['running', 'stopped']) }),
    LIMITS.services,
  ),
  managedDirs: z.array(path).max(LIMITS.managedDirs),
  database: z.strictObject({ schemaVersion: z.int() }).optional(),
});

export const scheduledEventSchema = z.strictObject({
  id: line,
  at: time,
  kind: z.enum(EVENT_KINDS),
  host: name,
  params: bounded(name, z.string().max(LIMITS.fileChars), LIMITS.eventParams),
});

export const ledgerEntrySchema = z.strictObject({
  seq: z.int().min(1),
  time,
  host: name,
  user: name,
  command: line,
  resource: z.string().max(LIMITS.pathChars + LIMITS.nameChars),
  before: z.string().max(LIMITS.fileChars).nullable(),
  after: z.string().max(LIMITS.fileChars).nullable(),
});

const ledgerArray = z.array(ledgerEntrySchema).max(LIMITS.ledgerEntries);

/** The in-memory ledger: its chunks must have the one layout `ledgerAppend` produces. */
const ledgerSchema = z
  .strictObject({ size: z.int().min(0).max(LIMITS.ledgerEntries), chunks: z.array(ledgerArray) })
  .refine(
    (l) =>
      l.chunks.reduce((n, c) => n + c.length, 0) === l.size &&
      l.chunks.every(
        (c, i) => c.length === (i < l.chunks.length - 1 ? LEDGER_CHUNK : c.length) && c.length > 0,
      ),
    { message: `Ledger chunks must hold ${LEDGER_CHUNK} entries each, the last one 1 to ${LEDGER_CHUNK}` },
  );

const worldFields = {
  schemaVersion: z.literal(1),
  scenario: line,
  seed: z.number(),
  now: time,
  order: z.array(name).max(LIMITS.servers),
  servers: bounded(name, serverSchema, LIMITS.servers),
  manifests: z.partialRecord(z.enum(ROLES), manifest),
  envVars: bounded(
    name,
    bounded(name, z.string().max(LIMITS.varChars), LIMITS.varsPerEnv),
    LIMITS.environments,
  ),
  events: z.array(scheduledEventSchema).max(LIMITS.events),
  rng: z.int(),
};

/** Invariants across fields: the keys that name things agree with the things, and events are in time order. */
function crossCheck(world: Omit<World, 'ledger'>, ctx: z.RefinementCtx): void {
  for (const [host, server] of Object.entries(world.servers)) {
    if (server.hostname !== host)
      ctx.addIssue({ code: 'custom', path: ['servers', host, 'hostname'], message: `Must be ${host}` });
  }
  const seen = new Set<string>();
  world.order.forEach((host, i) => {
    if (!Object.hasOwn(world.servers, host) || seen.has(host))
      ctx.addIssue({ code: 'custom', path: ['order', i], message: `Unknown or repeated host ${host}` });
    seen.add(host);
  });
  for (const [role, m] of Object.entries(world.manifests)) {
    if (m && m.role !== role)
      ctx.addIssue({ code: 'custom', path: ['manifests', role, 'role'], message: `Must be ${role}` });
  }
  world.events.forEach((event, i) => {
    const previous = world.events[i - 1];
    if (previous && previous.at > event.at)
      ctx.addIssue({ code: 'custom', path: ['events', i, 'at'], message: 'Events must be in time order' });
  });
}

/** A world as it lives in memory (the ledger chunked). */
export const worldSchema = z.strictObject({ ...worldFields, ledger: ledgerSchema }).superRefine(crossCheck);

/** A world as it is saved: the ledger is a flat array, chunked again on the way in. */
export const savedWorldSchema = z
  .strictObject({ ...worldFields, ledger: ledgerArray.transform(ledgerFromEntries) })
  .superRefine(crossCheck);

// Compile-time: the schema's output is exactly the model. A new model field fails here until it is added.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const modelChecks: [
  Same<z.output<typeof fsNode>, FsNode>,
  Same<z.output<typeof service>, Service>,
  Same<z.output<typeof certificate>, Certificate>,
  Same<z.output<typeof serverSchema>, Server>,
  Same<z.output<typeof manifest>, Manifest>,
  Same<z.output<typeof scheduledEventSchema>, ScheduledEvent>,
  Same<z.output<typeof ledgerEntrySchema>, LedgerEntry>,
  Same<z.output<typeof ledgerSchema>, Ledger>,
  Same<z.output<typeof worldSchema>, World>,
  Same<z.output<typeof savedWorldSchema>, World>,
] = [true, true, true, true, true, true, true, true, true, true];
void modelChecks;
