import { z } from 'zod';

/**
 * The closed set of conditions a mission's checklist may ask of the world. They describe STATE (a file's
 * content, a package's version, a service's state, drift, health), never which command was typed. Every
 * string may hold `{{variable}}` placeholders, filled from the learner's resolved variables (and `{{host}}`
 * inside `every-host`).
 */

const text = z.string().min(1).max(500);

export const VERSION_OPS = ['=', '!=', '>=', '>', '<=', '<'] as const;
export const DEPLOYMENT_STATUSES = ['healthy', 'degraded', 'down'] as const;
export const ROLES = ['bastion', 'lb', 'web', 'db'] as const;

export type Condition =
  | {
      kind: 'service-state';
      host: string;
      unit: string;
      active?: 'active' | 'inactive' | 'failed';
      enabled?: boolean;
    }
  | { kind: 'service-fresh'; host: string; unit: string; path: string }
  | { kind: 'package-version'; host: string; name: string; op: (typeof VERSION_OPS)[number]; version: string }
  | { kind: 'package-absent'; host: string; name: string }
  | { kind: 'path-exists'; host: string; path: string; negate?: boolean }
  | { kind: 'file-contains'; host: string; path: string; text?: string; pattern?: string; negate?: boolean }
  | { kind: 'file-in-sync'; host: string; path: string }
  | { kind: 'server-in-sync'; host: string }
  | { kind: 'server-healthy'; host: string }
  | { kind: 'nginx-config-valid'; host: string }
  | { kind: 'no-restart-pending'; host: string }
  | { kind: 'cve-mitigated'; host: string; cve: string }
  | { kind: 'kernel-running'; host: string; release?: string }
  | { kind: 'deployment'; env: string; status: (typeof DEPLOYMENT_STATUSES)[number] }
  | { kind: 'all-of'; conditions: Condition[] }
  | { kind: 'any-of'; conditions: Condition[] }
  | {
      kind: 'every-host';
      role?: (typeof ROLES)[number];
      env?: string;
      except?: string[];
      condition: Condition;
    };

const leaf = {
  serviceState: z.strictObject({
    kind: z.literal('service-state'),
    host: text,
    unit: text,
    active: z.enum(['active', 'inactive', 'failed']).optional(),
    enabled: z.boolean().optional(),
  }),
  /** The unit runs and (re)started after `path` last changed: it has loaded what the file says now. */
  serviceFresh: z.strictObject({ kind: z.literal('service-fresh'), host: text, unit: text, path: text }),
  /** Installed and configured (dpkg `ii`) at a version that compares to `version` as `op` says. */
  packageVersion: z.strictObject({
    kind: z.literal('package-version'),
    host: text,
    name: text,
    op: z.enum(VERSION_OPS),
    version: text,
  }),
  packageAbsent: z.strictObject({ kind: z.literal('package-absent'), host: text, name: text }),
  /** A file or a directory is there (or, negated, is not). */
  pathExists: z.strictObject({
    kind: z.literal('path-exists'),
    host: text,
    path: text,
    negate: z.boolean().optional(),
  }),
  /** `text` is a literal substring; `pattern` a regular expression (multiline), variables regex-escaped. */
  fileContains: z
    .strictObject({
      kind: z.literal('file-contains'),
      host: text,
      path: text,
      text: text.optional(),
      pattern: text.optional(),
      negate: z.boolean().optional(),
    })
    .refine(
      (c) => (c.text === undefined) !== (c.pattern === undefined),
      'give exactly one of text or pattern',
    ),
  fileInSync: z.strictObject({ kind: z.literal('file-in-sync'), host: text, path: text }),
  serverInSync: z.strictObject({ kind: z.literal('server-in-sync'), host: text }),
  serverHealthy: z.strictObject({ kind: z.literal('server-healthy'), host: text }),
  nginxConfigValid: z.strictObject({ kind: z.literal('nginx-config-valid'), host: text }),
  noRestartPending: z.strictObject({ kind: z.literal('no-restart-pending'), host: text }),
  cveMitigated: z.strictObject({ kind: z.literal('cve-mitigated'), host: text, cve: text }),
  kernelRunning: z.strictObject({ kind: z.literal('kernel-running'), host: text, release: text.optional() }),
  deployment: z.strictObject({
    kind: z.literal('deployment'),
    env: text,
    status: z.enum(DEPLOYMENT_STATUSES),
  }),
};

export const ConditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.union([
    ...Object.values(leaf),
    z.strictObject({ kind: z.literal('all-of'), conditions: z.array(ConditionSchema).min(1).max(20) }),
    z.strictObject({ kind: z.literal('any-of'), conditions: z.array(ConditionSchema).min(1).max(20) }),
    z.strictObject({
      kind: z.literal('every-host'),
      role: z.enum(ROLES).optional(),
      env: text.optional(),
      except: z.array(text).max(50).optional(),
      condition: ConditionSchema,
    }),
  ]),
);

export type ConditionKind = Condition['kind'];
