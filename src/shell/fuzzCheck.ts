/**
 * Test support for the shell fuzzer: schema-checks what one command line changed in the world, with the parts of
 * the core's own schema, so checking after every line stays cheap.
 */
import type { ZodMiniType } from 'zod/mini';
import { ledgerSlice, type Server, type World } from '../core';
import { ledgerEntrySchema, serverSchema } from '../core/schema/world';

const { shape } = serverSchema;

function issue(schema: ZodMiniType, value: unknown, where: string): string | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return undefined;
  const first = parsed.error.issues[0];
  return `${where}: ${first?.message} at ${first?.path.join('.')}`;
}

function fsProblem(host: string, before: Server['fs'] | undefined, after: Server['fs']): string | undefined {
  for (const [path, node] of Object.entries(after)) {
    if (before?.[path] === node) continue;
    const problem =
      issue(shape.fs._zod.def.keyType, path, `${host} path ${JSON.stringify(path)}`) ??
      issue(shape.fs._zod.def.valueType, node, `${host} ${path}`);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Checks what one line changed with the schema's own parts. Worlds share whatever a line leaves alone, so a
 * server field or file that is the same object as before was already found valid; the whole world (bounds,
 * cross-field rules) goes through `validateWorld` at the end of each run.
 */
export function changeProblem(before: World, after: World): string | undefined {
  for (const host of after.order) {
    const [was, now] = [before.servers[host], after.servers[host]];
    if (!now) return `${host}: in order but not in servers`;
    if (was === now) continue;
    for (const key of new Set([...Object.keys(shape), ...Object.keys(now)])) {
      const field = key as keyof Server;
      if (was && was[field] === now[field]) continue;
      const part = shape[field];
      const problem = !part
        ? `${host}: unknown field ${key}`
        : field === 'fs'
          ? fsProblem(host, was?.fs, now.fs)
          : issue(part, now[field], `${host}.${key}`);
      if (problem) return problem;
    }
  }
  const from = Math.min(before.ledger.size, after.ledger.size);
  for (const entry of ledgerSlice(after.ledger, from)) {
    const problem = issue(ledgerEntrySchema, entry, `ledger #${entry.seq}`);
    if (problem) return problem;
  }
  return undefined;
}
