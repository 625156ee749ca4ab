import * as z from 'zod/mini';
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

// zod/mini, not zod: the app validates a saved world on its first screen, and mini's functions tree-shake
// (a third of classic zod's bytes there). English messages, as classic zod gives them by default.
z.config(z.locales.en());

/**
 * The zod schema of every field of `model/types.ts`. Objects are strict (an unknown key is an error, so a
 * typo or a field from a newer build is never silently dropped) and every string, record and array is bounded.
 * The compile-time checks at the bottom fail when the model gains a field this schema does not know.
 */

const ROLES = ['bastion', 'lb', 'web', 'db'] as const satisfies readonly Role[];

const time = z.number();
const text = (max: number) => z.string().check(z.maxLength(max));
const int = (min: number, max?: number) =>
  max === undefined ? z.int().check(z.minimum(min)) : z.int().check(z.minimum(min), z.maximum(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const line = text(LIMITS.textLine);
const name = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(LIMITS.nameChars),
    z.regex(/^[A-Za-z0-9_][A-Za-z0-9_.@:+~-]*\$?$/, 'Invalid name'),
  );
const path = z
  .string()
  .check(z.maxLength(LIMITS.pathChars), z.regex(/^\/[^\0]*$/, 'Expected an absolute path'));
const mode = int(0, 0o7777);

function bounded<K extends z.ZodMiniType<string>, V extends z.ZodMiniType>(key: K, value: V, max: number) {
  return z
    .record(key, value)
    .check(z.refine((r) => Object.keys(r).length <= max, { message: `At most ${max} entries` }));
}

const fileNode = z.strictObject({
  kind: z.literal('file'),
  content: text(LIMITS.fileChars),
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
  journal: list(z.strictObject({ time, priority: int(0, 7), message: line }), LIMITS.journalLines),
});

const user = z.strictObject({
  uid: int(0),
  gid: int(0),
  home: path,
  shell: path,
  groups: list(name, LIMITS.groupsPerUser),
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
      status: z.optional(z.enum(['installed', 'half-configured', 'unpacked'])),
      auto: z.optional(z.boolean()),
    }),
    LIMITS.packages,
  ),
  fs: bounded(path, fsNode, LIMITS.fsNodes),
  services: bounded(name, service, LIMITS.services),
  users: bounded(name, user, LIMITS.users),
  disk: z.strictObject({
    totalMb: z.number().check(z.minimum(0)),
    usedMb: z.number().check(z.minimum(0)),
  }),
  apt: z.strictObject({
    sources: list(name, LIMITS.aptSources),
    updatedAt: z.nullable(time),
    lock: z.nullable(z.strictObject({ holder: line, pid: int(0) })),
    residualConfig: z.optional(bounded(name, line, LIMITS.packages)),
  }),
  certificates: bounded(path, certificate, LIMITS.certificates),
  database: z.nullable(z.strictObject({ name, schemaVersion: z.int() })),
});

const managedFile = z.strictObject({
  content: text(LIMITS.fileChars),
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
  managedDirs: list(path, LIMITS.managedDirs),
  database: z.optional(z.strictObject({ schemaVersion: z.int() })),
});

export const scheduledEventSchema = z.strictObject({
  id: line,
  at: time,
  kind: z.enum(EVENT_KINDS),
  host: name,
  params: bounded(name, text(LIMITS.fileChars), LIMITS.eventParams),
});

export const ledgerEntrySchema = z.strictObject({
  seq: int(1),
  time,
  host: name,
  user: name,
  command: line,
  resource: text(LIMITS.pathChars + LIMITS.nameChars),
  before: z.nullable(text(LIMITS.fileChars)),
  after: z.nullable(text(LIMITS.fileChars)),
});

const ledgerArray = list(ledgerEntrySchema, LIMITS.ledgerEntries);

/** The in-memory ledger: its chunks must have the one layout `ledgerAppend` produces. */
const ledgerSchema = z
  .strictObject({ size: int(0, LIMITS.ledgerEntries), chunks: z.array(ledgerArray) })
  .check(
    z.refine(
      (l) =>
        l.chunks.reduce((n, c) => n + c.length, 0) === l.size &&
        l.chunks.every(
          (c, i) => c.length === (i < l.chunks.length - 1 ? LEDGER_CHUNK : c.length) && c.length > 0,
        ),
      { message: `Ledger chunks must hold ${LEDGER_CHUNK} entries each, the last one 1 to ${LEDGER_CHUNK}` },
    ),
  );

const worldFields = {
  schemaVersion: z.literal(1),
  scenario: line,
  seed: z.number(),
  now: time,
  order: list(name, LIMITS.servers),
  servers: bounded(name, serverSchema, LIMITS.servers),
  manifests: z.partialRecord(z.enum(ROLES), manifest),
  envVars: bounded(name, bounded(name, text(LIMITS.varChars), LIMITS.varsPerEnv), LIMITS.environments),
  events: list(scheduledEventSchema, LIMITS.events),
  rng: z.int(),
};

/** Invariants across fields: the keys that name things agree with the things, and events are in time order. */
function crossCheck(world: Omit<World, 'ledger'>, ctx: z.core.$RefinementCtx): void {
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
export const worldSchema = z
  .strictObject({ ...worldFields, ledger: ledgerSchema })
  .check(z.superRefine(crossCheck));

/** A world as it is saved: the ledger is a flat array, chunked again on the way in. */
export const savedWorldSchema = z
  .strictObject({
    ...worldFields,
    ledger: z.pipe(
      ledgerArray,
      z.transform((entries: z.output<typeof ledgerArray>) => ledgerFromEntries(entries)),
    ),
  })
  .check(z.superRefine(crossCheck));

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
