/**
 * The apt verbs that change a server — install, remove, purge, autoremove, upgrade, full-upgrade — as calls
 * to the engine's apt operations, which print apt's and dpkg's own output.
 */
import { type AptRunOptions, aptInstall, aptRemove, aptUpgrade, repoOptions } from '../../../core';
import {
  availableVersions,
  candidate,
  type InstallRequest,
  SOURCES,
  type SourceId,
} from '../../../core/packages';
import type { CommandContext, CommandResult } from '../../types';
import { type AptArgs, aptError } from './aptArgs';
import { afterHeader, type Frontend, type Host, hostOf, runOptions, toResult } from './aptCommon';

/** `-t RELEASE` names a suite or an archive of an enabled source. */
function targetSource(host: Host, release: string): SourceId | undefined {
  const enabled = host.server.apt.sources as SourceId[];
  return enabled.find((id) => id === release) ?? enabled.find((id) => SOURCES[id].suite === release);
}

interface Parsed {
  requests: InstallRequest[];
  notes: string[];
  error?: string;
}

/** `name`, `name=version`, `name/release` and `name:amd64`, with --only-upgrade, --no-upgrade and -t applied. */
function requestsOf(host: Host, args: AptArgs, operands: readonly string[]): Parsed {
  const out: Parsed = { requests: [], notes: [] };
  const opts = repoOptions(host.server);
  const release = args.value('target');
  const target = release === undefined ? undefined : targetSource(host, release);
  if (release !== undefined && target === undefined) {
    out.error = `E: The value '${release}' is invalid for APT::Default-Release as such a release is not available in the sources`;
    return out;
  }
  for (const operand of operands) {
    const [spec = '', version] = operand.split('=', 2);
    const [withArch = '', suite] = spec.split('/', 2);
    const name = withArch.replace(/:(amd64|all)$/, '');
    const installed = host.server.packages[name]?.version;
    if (args.has('only-upgrade') && installed === undefined) {
      out.notes.push(`Skipping ${name}, it is not installed and only upgrades are requested.`);
      continue;
    }
    if (args.has('no-upgrade') && installed !== undefined) {
      out.notes.push(`Skipping ${name}, it is already installed and upgrade is not set.`);
      continue;
    }
    if (version !== undefined) {
      out.requests.push({ name, version });
      continue;
    }
    if (suite !== undefined) {
      const match = availableVersions(name, opts).find(
        (v) => v.source === suite || SOURCES[v.source].suite === suite,
      );
      if (!match) {
        out.error = `E: Release '${suite}' for '${name}' was not found`;
        return out;
      }
      out.requests.push({ name, version: match.version });
      continue;
    }
    const chosen =
      target === undefined
        ? undefined
        : candidate(name, {
            ...opts,
            targetRelease: target,
            ...(installed === undefined ? {} : { installed }),
          });
    out.requests.push(chosen === undefined ? { name } : { name, version: chosen });
  }
  return out;
}

function applyOptions(ctx: CommandContext, prog: string, frontend: Frontend, args: AptArgs): AptRunOptions {
  const opts = runOptions(ctx, prog, frontend);
  if (args.has('yes')) opts.assumeYes = true;
  if (args.has('allow-downgrades')) opts.allowDowngrades = true;
  if (args.has('allow-change-held-packages')) opts.allowChangeHeld = true;
  if (args.has('allow-remove-essential')) opts.allowRemoveEssential = true;
  return opts;
}

export function runInstall(
  ctx: CommandContext,
  prog: string,
  frontend: Frontend,
  args: AptArgs,
  operands: readonly string[],
): CommandResult {
  const host = hostOf(ctx);
  if (!host) return aptError('E: Unable to locate package');
  const parsed = requestsOf(host, args, operands);
  const opts = applyOptions(ctx, prog, frontend, args);
  if (parsed.error !== undefined) {
    // The permission check comes first: without root apt never reads the names.
    if (ctx.user !== 'root') return toResult(aptInstall(ctx.state.world, host.name, [], opts), ctx);
    return aptError(parsed.error);
  }
  const done = aptInstall(ctx.state.world, host.name, parsed.requests, opts);
  return afterHeader(toResult(done, ctx), parsed.notes);
}

export function runRemove(
  ctx: CommandContext,
  prog: string,
  frontend: Frontend,
  args: AptArgs,
  verb: 'remove' | 'purge' | 'autoremove',
  operands: readonly string[],
): CommandResult {
  const host = hostOf(ctx);
  if (!host) return aptError('E: Unable to locate package');
  const names = operands.map((o) => (o.split('=', 1)[0] ?? o).replace(/:(amd64|all)$/, ''));
  const opts = {
    ...applyOptions(ctx, prog, frontend, args),
    purge: verb === 'purge' || args.has('purge'),
    autoremove: verb === 'autoremove' || args.has('autoremove'),
  };
  return toResult(aptRemove(ctx.state.world, host.name, names, opts), ctx);
}

export function runUpgrade(
  ctx: CommandContext,
  prog: string,
  frontend: Frontend,
  args: AptArgs,
  full: boolean,
  operands: readonly string[],
): CommandResult {
  const host = hostOf(ctx);
  if (!host) return aptError('E: Unable to locate package');
  // `apt upgrade NAME…` upgrades just those names, as `apt install --only-upgrade` does.
  if (operands.length > 0 && !full) {
    const only = { ...args, has: (k: string) => k === 'only-upgrade' || args.has(k) };
    return runInstall(ctx, prog, frontend, only, operands);
  }
  const opts = { ...applyOptions(ctx, prog, frontend, args), full };
  return toResult(aptUpgrade(ctx.state.world, host.name, opts), ctx);
}
