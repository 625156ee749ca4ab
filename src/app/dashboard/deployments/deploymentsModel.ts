import { type DeploymentHealth, deploymentEnvs, deploymentHealth, type World } from '../../../core';

// Deployments per world: scrubbing back to a world seen before answers from here.
const cache = new WeakMap<World, DeploymentHealth[]>();

export function deploymentsOf(world: World): DeploymentHealth[] {
  let list = cache.get(world);
  if (!list) {
    list = deploymentEnvs(world).flatMap((env) => deploymentHealth(world, env) ?? []);
    cache.set(world, list);
  }
  return list;
}

export function hasDeployments(world: World): boolean {
  return cache.has(world);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words a browser would show for an HTML page: no head, no tags, entities decoded, whitespace
 * collapsed. Only text comes out: the page is never rendered as HTML here.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!DOCTYPE[^>]*>/gi, ' ')
    .replace(/<\/?(p|div|h[1-6]|header|footer|main|nav|li|hr|br|center|body|html)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Backends to list first: the ones down, then the rest, each group in fleet order. */
export function backendsDownFirst<T extends { up: boolean }>(backends: readonly T[]): T[] {
  return [...backends.filter((b) => !b.up), ...backends.filter((b) => b.up)];
}
