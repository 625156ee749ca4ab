/**
 * Tilde expansion: `~`, `~/x`, `~user`, `~+` ($PWD), `~-` ($OLDPWD) at the start of a word,
 * and also after `=` and `:` in assignments (`PATH=$PATH:~/bin`), as bash does.
 * The prefix must be unquoted: `"~"` and `~"root"` stay literal.
 */
import type { ExpandContext, Segment } from './types';

export type TildeMode = 'word' | 'assignment';

const ASSIGNMENT_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function expandTildes(segments: readonly Segment[], ctx: ExpandContext, mode: TildeMode): Segment[] {
  const first = segments[0];
  if (mode === 'word' && first?.kind === 'text' && !first.quoted) {
    // bash also treats `name=~/x` arguments (e.g. to `export`) like assignments.
    const m = ASSIGNMENT_PREFIX.exec(first.text);
    if (m) {
      const rest = [{ ...first, text: first.text.slice(m[0].length) }, ...segments.slice(1)];
      return [{ kind: 'text', text: m[0], quoted: false }, ...expandTildes(rest, ctx, 'assignment')];
    }
  }
  const out: Segment[] = [];
  segments.forEach((seg, idx) => {
    if (seg.kind !== 'text' || seg.quoted || !seg.text.includes('~')) out.push(seg);
    else out.push(...expandInText(seg.text, idx === 0, idx === segments.length - 1, ctx, mode));
  });
  return out;
}

function expandInText(
  text: string,
  atWordStart: boolean,
  isLast: boolean,
  ctx: ExpandContext,
  mode: TildeMode,
): Segment[] {
  const out: Segment[] = [];
  let buf = '';
  let i = 0;
  while (i < text.length) {
    const eligible =
      text[i] === '~' &&
      ((atWordStart && i === 0) || (mode === 'assignment' && i > 0 && text[i - 1] === ':'));
    let j = i + 1;
    // The prefix ends at `/` or `:` (bash reads `~:x` as `$HOME:x` even outside assignments).
    while (eligible && j < text.length && text[j] !== '/' && text[j] !== ':') j++;
    // If the prefix runs into the next (quoted or $var) segment, bash does not expand it.
    const home = eligible && (j < text.length || isLast) ? lookup(text.slice(i + 1, j), ctx) : undefined;
    if (home === undefined) {
      buf += text[i];
      i++;
      continue;
    }
    if (buf !== '') out.push({ kind: 'text', text: buf, quoted: false });
    buf = '';
    // The result is not split or globbed, so it is marked as quoted.
    out.push({ kind: 'text', text: home, quoted: true });
    i = j;
  }
  if (buf !== '') out.push({ kind: 'text', text: buf, quoted: false });
  return out;
}

function lookup(user: string, ctx: ExpandContext): string | undefined {
  const env = (name: string) => (Object.hasOwn(ctx.env, name) ? ctx.env[name] : undefined);
  if (user === '') return env('HOME') ?? ctx.home();
  if (user === '+') return env('PWD');
  if (user === '-') return env('OLDPWD');
  return ctx.home(user);
}
