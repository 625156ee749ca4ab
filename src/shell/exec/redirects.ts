import type { Server } from '../../core';
import { FS_ERROR_TEXT, readAs } from '../fs';
import { type ExpandContext, expandWord, type Redirect } from '../parser';

/** Where a file descriptor's output goes. */
export type Sink = { kind: 'out' } | { kind: 'err' } | { kind: 'file'; path: string; append: boolean };

export interface Plumbing {
  stdin: string | null;
  fd1: Sink;
  fd2: Sink;
}

/**
 * Applies redirections left to right like bash, before the command runs. A failure (missing input file,
 * ambiguous target) is bash's own message, and the command does not run.
 */
export function applyRedirects(
  redirects: readonly Redirect[],
  ctx: ExpandContext,
  server: Server,
  cwd: string,
  user: string,
): { ok: true; plumbing: Plumbing } | { ok: false; error: string } {
  const plumbing: Plumbing = { stdin: null, fd1: { kind: 'out' }, fd2: { kind: 'err' } };
  for (const redirect of redirects) {
    if (redirect.op === '>&') {
      const source = redirect.target === 1 ? plumbing.fd1 : redirect.target === 2 ? plumbing.fd2 : null;
      if (redirect.fd === 1 && source) plumbing.fd1 = source;
      if (redirect.fd === 2 && source) plumbing.fd2 = source;
      continue;
    }
    const target = expandWord(redirect.target, ctx);
    if (target === '') return { ok: false, error: `bash: ${redirect.target.raw}: ambiguous redirect\n` };
    if (redirect.op === '<') {
      const read = readAs(server, cwd, target, user);
      if (!read.ok) return { ok: false, error: `bash: ${target}: ${FS_ERROR_TEXT[read.error]}\n` };
      if (redirect.fd === 0) plumbing.stdin = read.content;
      continue;
    }
    const sink: Sink = { kind: 'file', path: target, append: redirect.op === '>>' };
    if (redirect.fd === 2) plumbing.fd2 = sink;
    else plumbing.fd1 = sink;
  }
  return { ok: true, plumbing };
}
