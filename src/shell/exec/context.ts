import { resolvePath, type Server } from '../../core';
import { type ExpandContext, matchGlob } from '../parser';
import type { HostSession } from '../types';

/** Paths in `fs` matching an absolute glob pattern, segment by segment (wildcards never cross `/`). */
function globAbsolute(fs: Server['fs'], pattern: string): string[] {
  const depth = pattern.split('/').length;
  const out: string[] = [];
  for (const path of Object.keys(fs)) {
    if (path !== '/' && path.split('/').length === depth && matchGlob(pattern, path)) out.push(path);
  }
  return out.sort();
}

/** What the parser's expansion needs from the current session: variables, homes, and the filesystem for globs. */
export function expandContext(
  server: Server | undefined,
  session: HostSession,
  lastExit: number,
): ExpandContext {
  return {
    env: session.env,
    lastExit,
    home: (user) => (user ? server?.users[user]?.home : session.env.HOME),
    glob: (pattern) => {
      if (!server) return [];
      const absolute = pattern.startsWith('/');
      const matches = globAbsolute(server.fs, absolute ? pattern : resolvePath(session.cwd, pattern));
      if (absolute) return matches;
      const prefix = session.cwd === '/' ? '/' : `${session.cwd}/`;
      // A relative pattern gives relative names, as bash prints them.
      return matches.map((m) => (m.startsWith(prefix) ? m.slice(prefix.length) : m));
    },
  };
}
