import { z } from 'zod';
import { EVENT_KINDS } from '../../core';

/**
 * A scenario as data, for instructors: the fleet (each server's hostname, environment, role and address;
 * everything else comes from the golden image and the role's manifest, as for the built-in fleets) and the
 * background events of the story before the learner arrives. Versioned like saved worlds, bounded so a
 * shared link or an imported file cannot ask for more than a browser should build.
 */

export const SCENARIO_FORMAT = 'driftlab-scenario';
export const SCENARIO_VERSION = 1;
/** Servers a document may describe: enough for any class exercise, small enough to build at once. */
export const SCENARIO_MAX_SERVERS = 200;

const slug = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'lower-case words joined by dashes');
const hostname = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,62}$/,
    'a hostname: lower-case letters, digits and dashes, starting with a letter',
  );
const ipv4 = z
  .string()
  .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, 'an IPv4 address, like 10.0.1.11');
const title = z.string().trim().min(1).max(120);

export const ScenarioServerSchema = z.strictObject({
  hostname,
  env: z.string().regex(/^[a-z][a-z0-9]{0,15}$/, 'an environment name, like prod or staging'),
  role: z.enum(['bastion', 'lb', 'web', 'db']),
  ip: ipv4,
});

export const ScenarioEventSchema = z.strictObject({
  /** How long before the lab's start it happened (the learner finds its traces). */
  hoursBefore: z
    .number()
    .min(0)
    .max(24 * 365),
  kind: z.enum(EVENT_KINDS),
  host: hostname,
  params: z.record(z.string().regex(/^\w{1,40}$/), z.string().max(500)).optional(),
});

export const ScenarioDocSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    id: slug,
    title: z.strictObject({ 'pt-BR': title, en: title }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    /** Days since the servers were provisioned from the golden image. */
    ageDays: z.number().int().min(1).max(3650).optional(),
    servers: z.array(ScenarioServerSchema).min(1).max(SCENARIO_MAX_SERVERS),
    events: z.array(ScenarioEventSchema).max(50).optional(),
  })
  .superRefine((doc, ctx) => {
    // The learner's shell starts on the first server: it must be the bastion they work from.
    if (doc.servers[0]?.role !== 'bastion')
      ctx.addIssue({
        code: 'custom',
        path: ['servers', 0, 'role'],
        message: 'the first server must be the bastion',
      });
    const seen = new Map<string, number>();
    const ips = new Map<string, number>();
    doc.servers.forEach((s, i) => {
      if (seen.has(s.hostname))
        ctx.addIssue({
          code: 'custom',
          path: ['servers', i, 'hostname'],
          message: `${s.hostname} appears twice`,
        });
      if (ips.has(s.ip))
        ctx.addIssue({ code: 'custom', path: ['servers', i, 'ip'], message: `${s.ip} appears twice` });
      seen.set(s.hostname, i);
      ips.set(s.ip, i);
    });
    (doc.events ?? []).forEach((e, i) => {
      if (!seen.has(e.host))
        ctx.addIssue({ code: 'custom', path: ['events', i, 'host'], message: `no server named ${e.host}` });
    });
  });
export type ScenarioDoc = z.infer<typeof ScenarioDocSchema>;
