/**
 * Word expansion in bash order: braces, tilde, parameters, field splitting, globbing,
 * quote removal. Only unquoted expansions are split (on spaces, tabs and newlines) and globbed.
 */
import { braceExpand } from './brace';
import { escapeGlob, hasGlobMagic } from './glob';
import { expandTildes, type TildeMode } from './tilde';
import type { Assignment, ExpandContext, ExpandedField, Segment, Word } from './types';

/** Expands command words into argv: may yield more or fewer strings than words. */
export function expandWords(words: readonly Word[], ctx: ExpandContext): string[] {
  const out: string[] = [];
  for (const field of expandFields(words, ctx)) {
    const matches = field.pattern === null ? [] : ctx.glob(field.pattern);
    if (matches.length > 0) out.push(...matches);
    else out.push(field.text); // no match: the word stays as typed (bash without nullglob)
  }
  return out;
}

/**
 * Like expandWords but stops before globbing: each field says whether it is a pattern.
 * Useful for completion or for callers that glob asynchronously.
 */
export function expandFields(words: readonly Word[], ctx: ExpandContext): ExpandedField[] {
  const out: ExpandedField[] = [];
  for (const word of words) {
    for (const segments of braceExpand(word.segments)) out.push(...toFields(segments, ctx, true, 'word'));
  }
  return out;
}

/**
 * Expands a redirection target (or any single word): no brace expansion or field splitting;
 * a glob is used only if it matches exactly one name, otherwise the text stays literal.
 */
export function expandWord(word: Word, ctx: ExpandContext): string {
  const field = toFields(word.segments, ctx, false, 'word')[0];
  if (!field) return '';
  const matches = field.pattern === null ? [] : ctx.glob(field.pattern);
  return matches.length === 1 ? (matches[0] as string) : field.text;
}

/** Expands an assignment's value: tilde after `=`/`:`, parameters; no splitting or globbing. */
export function expandAssignment(
  assignment: Assignment,
  ctx: ExpandContext,
): { name: string; value: string } {
  const field = toFields(assignment.value.segments, ctx, false, 'assignment')[0];
  return { name: assignment.name, value: field?.text ?? '' };
}

/** What an interactive shell without positional parameters reports when env has no entry. */
const SPECIAL_DEFAULTS: Record<string, string> = { '#': '0', '0': 'bash' };

/**
 * Value of a parameter; unset ones are empty. Special ones (`$$`, `$!`, `$0`...) are read from
 * env under their symbol ('$', '!', '0'...), except `$?`. `hasOwn` keeps `$constructor` out.
 */
export function paramValue(name: string, ctx: ExpandContext): string {
  if (name === '?') return String(ctx.lastExit);
  if (Object.hasOwn(ctx.env, name)) return String(ctx.env[name]);
  return Object.hasOwn(SPECIAL_DEFAULTS, name) ? (SPECIAL_DEFAULTS[name] as string) : '';
}

/** Builds the fields of one (already brace-expanded) word. */
function toFields(
  segments: readonly Segment[],
  ctx: ExpandContext,
  split: boolean,
  tilde: TildeMode,
): ExpandedField[] {
  const fields: ExpandedField[] = [];
  let text = '';
  let pattern = '';
  // Whether the current field exists even if empty: `""` is an argument, an empty `$x` is not.
  let started = false;
  const add = (s: string, quoted: boolean) => {
    text += s;
    pattern += quoted ? escapeGlob(s) : s.replace(/\\/g, '\\\\');
    if (s !== '' || quoted) started = true;
  };
  const endField = () => {
    if (started) fields.push({ text, pattern: hasGlobMagic(pattern) ? pattern : null });
    text = '';
    pattern = '';
    started = false;
  };
  for (const seg of expandTildes(segments, ctx, tilde)) {
    if (seg.kind === 'text') {
      add(seg.text, seg.quoted);
      continue;
    }
    const value = paramValue(seg.name, ctx);
    // Without positional parameters, even a quoted "$@" expands to no word at all.
    if (seg.name === '@' && value === '') continue;
    if (seg.quoted || !split) {
      add(value, seg.quoted);
      continue;
    }
    // Unquoted: split on IFS whitespace; edges of the value end the surrounding field too.
    value.split(/[ \t\n]+/).forEach((part, k) => {
      if (k > 0) endField();
      if (part !== '') add(part, false);
    });
  }
  endField();
  return fields;
}
