/**
 * `apt update` / `apt-get update`: reads the sources files first, so a line written to
 * /etc/apt/sources.list.d/*.list enables its repository, then refreshes the lists through the engine.
 */
import { aptUpdate, updateServer } from '../../../core';
import { UPDATE_NOT_ROOT_LINES } from '../../../core/ops/aptOutput';
import { SOURCES } from '../../../core/packages';
import type { CommandContext, CommandResult } from '../../types';
import { aptError } from './aptArgs';
import { type Frontend, hostOf, toResult } from './aptCommon';
import { enabledSources, matchEntry, readSources, type SourceEntry } from './sourcesFiles';

const FETCH_FAILED =
  'W: Some index files failed to download. They have been ignored, or old ones used instead.';

interface Extra {
  stdout: string[];
  stderr: string[];
  fatal: boolean;
}

/** What apt says about entries that name no repository of the lab. */
function extraLines(entries: readonly SourceEntry[], first: number): Extra {
  const extra: Extra = { stdout: [], stderr: [], fatal: false };
  let n = first;
  let fetchFailed = false;
  for (const entry of entries) {
    const m = matchEntry(entry);
    const where = `${entry.uri} ${entry.suite}`;
    if (m.kind === 'source') continue;
    if (m.kind === 'unresolvable') {
      extra.stdout.push(`Err:${n++} ${where} InRelease`, `  Temporary failure resolving '${m.host}'`);
      const url = `${entry.uri.replace(/\/+$/, '')}/dists/${entry.suite}/InRelease`;
      extra.stderr.push(`W: Failed to fetch ${url}  Temporary failure resolving '${m.host}'`);
      fetchFailed = true;
    } else if (m.kind === 'no-release') {
      extra.stdout.push(`Ign:${n++} ${where} InRelease`, `Err:${n++} ${where} Release`, '  404  Not Found');
      extra.stderr.unshift(
        `E: The repository '${where} Release' does not have a Release file.`,
        "N: Updating from such a repository can't be done securely, and is therefore disabled by default.",
        'N: See apt-secure(8) manpage for repository creation and user configuration details.',
      );
      extra.fatal = true;
    } else {
      extra.stdout.push(`Hit:${n++} ${where} InRelease`);
      const missing = entry.components.filter((c) => c !== SOURCES[m.id].component);
      for (const component of missing)
        extra.stderr.push(
          `W: Skipping acquire of configured file '${component}/binary-amd64/Packages' as repository '${where} InRelease' doesn't have the component '${component}' (component misspelt in sources.list?)`,
        );
    }
  }
  if (fetchFailed) extra.stderr.push(FETCH_FAILED);
  return extra;
}

function insertFetchLines(stdout: string, lines: readonly string[], fatal: boolean): string {
  const out = stdout.split('\n');
  if (out[out.length - 1] === '') out.pop();
  const at = out.findIndex((l) => !/^(Hit|Get|Ign|Err):/.test(l) && !l.startsWith('  '));
  out.splice(at < 0 ? out.length : at, 0, ...lines);
  // A repository without a Release file stops apt right after it read the lists.
  const reading = out.indexOf('Reading package lists... Done');
  const kept = fatal && reading >= 0 ? out.slice(0, reading + 1) : out;
  return kept.length ? `${kept.join('\n')}\n` : '';
}

export function runUpdate(ctx: CommandContext, frontend: Frontend): CommandResult {
  const host = hostOf(ctx);
  if (!host) return aptError('E: Unable to lock directory /var/lib/apt/lists/');
  if (ctx.user !== 'root') {
    const warn = ['pkgcache.bin', 'srcpkgcache.bin'].map(
      (f) => `W: Problem unlinking the file /var/cache/apt/${f} - RemoveCaches (13: Permission denied)`,
    );
    return {
      stdout: 'Reading package lists... Done\n',
      stderr: [...UPDATE_NOT_ROOT_LINES, ...warn].map((l) => `${l}\n`).join(''),
      exitCode: 100,
    };
  }
  const read = readSources(host.server);
  if (read.errors.length > 0)
    return aptError(...read.notices, ...read.errors, 'E: The list of sources could not be read.');
  const sources = enabledSources(host.server, read);
  const same =
    sources.length === host.server.apt.sources.length &&
    sources.every((s, i) => s === host.server.apt.sources[i]);
  // The repository files were written (and recorded) by the learner; apt only follows them.
  const world = same
    ? ctx.state.world
    : updateServer(ctx.state.world, host.name, (s) => ({ ...s, apt: { ...s.apt, sources } }));
  const done = aptUpdate(world, host.name, { actor: ctx.actor, frontend });
  const result = toResult(done, ctx);
  const extra = extraLines(read.entries, sources.length + 1);
  return {
    ...result,
    stdout: insertFetchLines(result.stdout, extra.stdout, extra.fatal),
    stderr: [...read.notices, ...extra.stderr].map((l) => `${l}\n`).join('') + result.stderr,
    exitCode: extra.fatal ? 100 : result.exitCode,
  };
}
