import type { Server, World } from '../../core';
import type { Locale } from '../../i18n';
import type { Condition } from './conditions';
import {
  compareVersions,
  cveExposure,
  deploymentStatus,
  driftedResources,
  fileDrift,
  healthErrors,
  nginxError,
  unitsToRestart,
} from './facts';
import { FOUND_WORDS, type FoundWords } from './foundWords';
import type { Mission } from './schema';
import { fill, fillPattern, type MissionVars } from './variables';

/** A condition's verdict, with what the world has instead (for the failure reason's `{{found}}`). */
export interface Verdict {
  passed: boolean;
  found: string;
  /** Inside `every-host`: the hosts that fail (the reason's `{{hosts}}`). */
  hosts?: string[];
}

export interface CheckResult {
  id: string;
  passed: boolean;
  /** Why it fails, in the learner's language; null once it passes. */
  reason: string | null;
}

export interface MissionEvaluation {
  complete: boolean;
  checks: CheckResult[];
}

const pass: Verdict = { passed: true, found: '' };
const failWith = (found: string): Verdict => ({ passed: false, found });
const verdict = (passed: boolean, found: string): Verdict => ({ passed, found });

/** Short lists read better than long ones in a checklist line. */
function listed(items: readonly string[], max = 3): string {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} (+${items.length - max})`;
}

function onServer(world: World, host: string, words: FoundWords, test: (server: Server) => Verdict): Verdict {
  const server = world.servers[host];
  return server ? test(server) : failWith(fill(words.noHost, { host }));
}

function matches(
  content: string,
  c: Extract<Condition, { kind: 'file-contains' }>,
  vars: MissionVars,
): boolean {
  if (c.text !== undefined) return content.includes(fill(c.text, vars));
  try {
    return new RegExp(fillPattern(c.pattern ?? '', vars), 'm').test(content);
  } catch {
    return false;
  }
}

/** A leaf condition's verdict; what it found is said in the learner's words (`FOUND_WORDS`). */
function leafVerdict(
  c: Exclude<Condition, { kind: 'all-of' | 'any-of' | 'every-host' }>,
  world: World,
  vars: MissionVars,
  words: FoundWords,
): Verdict {
  const host = 'host' in c ? fill(c.host, vars) : '';
  const noHost = () => failWith(fill(words.noHost, { host }));
  switch (c.kind) {
    case 'service-state':
      return onServer(world, host, words, (server) => {
        const unit = server.services[fill(c.unit, vars)];
        if (!unit) return failWith(words.noUnit);
        const found = `${words.service[unit.active]}, ${unit.enabled ? words.enabled : words.disabled}`;
        const ok =
          (c.active === undefined || unit.active === c.active) &&
          (c.enabled === undefined || unit.enabled === c.enabled);
        return verdict(ok, found);
      });
    case 'service-fresh':
      return onServer(world, host, words, (server) => {
        const unit = server.services[fill(c.unit, vars)];
        const file = server.fs[fill(c.path, vars)];
        if (unit?.active !== 'active') return failWith(unit ? words.service[unit.active] : words.noUnit);
        return verdict(!file || unit.since >= file.mtime, words.service[unit.active]);
      });
    case 'package-version':
      return onServer(world, host, words, (server) => {
        const pkg = server.packages[fill(c.name, vars)];
        if (pkg === undefined) return failWith(words.notInstalled);
        // A package whose postinst failed is not done: dpkg still has to configure it.
        if (pkg.status && pkg.status !== 'installed')
          return failWith(`${pkg.version} (${words.package[pkg.status]})`);
        const installed = pkg.version;
        const order = compareVersions(installed, fill(c.version, vars));
        const ok = {
          '=': order === 0,
          '!=': order !== 0,
          '>=': order >= 0,
          '>': order > 0,
          '<=': order <= 0,
          '<': order < 0,
        }[c.op];
        return verdict(ok, installed);
      });
    case 'package-absent':
      return onServer(world, host, words, (server) => {
        const installed = server.packages[fill(c.name, vars)]?.version;
        return installed === undefined ? pass : failWith(installed);
      });
    case 'path-exists':
      return onServer(world, host, words, (server) => {
        const exists = server.fs[fill(c.path, vars)] !== undefined;
        return verdict(exists !== Boolean(c.negate), exists ? words.present : words.missing);
      });
    case 'file-contains':
      return onServer(world, host, words, (server) => {
        const node = server.fs[fill(c.path, vars)];
        if (node?.kind !== 'file') return verdict(Boolean(c.negate), words.missing);
        return verdict(
          matches(node.content, c, vars) !== Boolean(c.negate),
          node.content.trim().split('\n')[0] ?? '',
        );
      });
    case 'file-in-sync': {
      if (!world.servers[host]) return noHost();
      const status = fileDrift(world, host, fill(c.path, vars));
      return verdict(status === 'IN_SYNC', status ? words.drift[status] : words.notDeclared);
    }
    case 'server-in-sync': {
      if (!world.servers[host]) return noHost();
      const drifted = driftedResources(world, host);
      return verdict(drifted.length === 0, listed(drifted));
    }
    case 'server-healthy': {
      const errors = healthErrors(world, host);
      return errors ? verdict(errors.length === 0, listed(errors)) : noHost();
    }
    case 'nginx-config-valid':
      return onServer(world, host, words, (server) => {
        const error = nginxError(server);
        return error === null ? pass : failWith(error);
      });
    case 'no-restart-pending':
      return onServer(world, host, words, (server) => {
        const units = unitsToRestart(server);
        return verdict(units.length === 0, listed(units));
      });
    case 'cve-mitigated':
      return onServer(world, host, words, (server) => {
        const exposure = cveExposure(server, fill(c.cve, vars));
        return verdict(exposure.length === 0, listed(exposure));
      });
    case 'kernel-running':
      return onServer(world, host, words, (server) => {
        const { running, installed } = server.kernel;
        const wanted = c.release === undefined ? installed : fill(c.release, vars);
        return verdict(running === wanted, running);
      });
    case 'deployment': {
      const status = deploymentStatus(world, fill(c.env, vars));
      return verdict(status === c.status, status ? words.deployment[status] : words.noDeployment);
    }
  }
}

/**
 * Evaluates one condition against the world, with the learner's variables filled in; what it found is said
 * in `locale`.
 */
export function evaluateCondition(
  condition: Condition,
  world: World,
  vars: MissionVars,
  locale: Locale = 'en',
): Verdict {
  switch (condition.kind) {
    case 'all-of': {
      const failed = condition.conditions
        .map((c) => evaluateCondition(c, world, vars, locale))
        .find((v) => !v.passed);
      return failed ?? pass;
    }
    case 'any-of': {
      const verdicts = condition.conditions.map((c) => evaluateCondition(c, world, vars, locale));
      return verdicts.find((v) => v.passed) ?? verdicts[0] ?? pass;
    }
    case 'every-host': {
      const except = new Set((condition.except ?? []).map((h) => fill(h, vars)));
      const hosts = world.order.filter((h) => {
        const s = world.servers[h];
        const env = condition.env === undefined ? undefined : fill(condition.env, vars);
        return (
          s && !except.has(h) && (!condition.role || s.role === condition.role) && (!env || s.env === env)
        );
      });
      const failing = hosts.flatMap((host) => {
        const v = evaluateCondition(condition.condition, world, { ...vars, host }, locale);
        return v.passed ? [] : [{ host, v }];
      });
      const first = failing[0];
      if (!first) return pass;
      return { passed: false, found: first.v.found, hosts: failing.map((f) => f.host) };
    }
    default:
      return leafVerdict(condition, world, vars, FOUND_WORDS[locale]);
  }
}

/** The learner's checklist after a command: each check with its reason, and whether all of them pass. */
export function evaluateMission(
  mission: Mission,
  world: World,
  vars: MissionVars,
  locale: Locale = 'en',
): MissionEvaluation {
  if (mission.kind !== 'mission') return { complete: false, checks: [] };
  const checks = mission.checklist.map((check): CheckResult => {
    const v = evaluateCondition(check.condition, world, vars, locale);
    if (v.passed) return { id: check.id, passed: true, reason: null };
    const params = { ...vars, found: v.found, hosts: listed(v.hosts ?? []) };
    return { id: check.id, passed: false, reason: fill(check.failureReason[locale], params) };
  });
  return { complete: checks.every((c) => c.passed), checks };
}
