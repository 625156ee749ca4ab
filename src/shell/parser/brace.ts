/**
 * Brace expansion (`cp f{,.bak}`, `mkdir d{1..3}`), the first expansion bash performs.
 * Works on segments so that quoted braces and commas stay literal (`{"a,b"}`, `\{a,b}`).
 * Runaway input is left unexpanded instead of exhausting memory.
 */
import type { Segment } from './types';
import { pushText } from './word';

/** Above these, the word is kept literally (bash would try; a browser tab should not). */
const MAX_WORDS = 10_000;
const MAX_OPEN_BRACES = 64;

/** One unquoted character (a brace candidate), or an opaque quoted text / parameter. */
type Item = { readonly ch: string } | { readonly seg: Segment };

/** Returns the brace-expanded alternatives of a word's segments (the word itself if none). */
export function braceExpand(segments: readonly Segment[]): Segment[][] {
  const items = toItems(segments);
  const opens = items.filter((it) => 'ch' in it && it.ch === '{').length;
  if (opens === 0 || opens > MAX_OPEN_BRACES) return [[...segments]];
  const expanded = expand(items);
  return expanded === null ? [[...segments]] : expanded.map(toSegments);
}

function toItems(segments: readonly Segment[]): Item[] {
  const items: Item[] = [];
  for (const seg of segments) {
    if (seg.kind === 'text' && !seg.quoted) for (const ch of seg.text) items.push({ ch });
    else items.push({ seg });
  }
  return items;
}

function toSegments(items: readonly Item[]): Segment[] {
  const out: Segment[] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    // Brace expansion is textual in bash, so `$X{1,2}` becomes `$X1 $X2`: extend a bare name.
    if ('ch' in it && last?.kind === 'param' && extendsName(last, it.ch)) {
      out[out.length - 1] = { ...last, name: last.name + it.ch };
    } else if ('ch' in it) pushText(out, it.ch, false);
    else if (it.seg.kind === 'text') pushText(out, it.seg.text, it.seg.quoted);
    else out.push(it.seg);
  }
  return out;
}

function extendsName(param: Segment & { kind: 'param' }, ch: string): boolean {
  return !param.quoted && !param.braced && /^[A-Za-z_]/.test(param.name) && /^[A-Za-z0-9_]$/.test(ch);
}

/** bash order: the preamble is kept, each alternative is expanded, then the postamble. */
function expand(items: Item[]): Item[][] | null {
  const found = findBrace(items);
  if (!found) return [items];
  const prefix = items.slice(0, found.start);
  const suffixes = expand(items.slice(found.end + 1));
  if (suffixes === null) return null;
  const result: Item[][] = [];
  for (const alt of found.alternatives) {
    const expandedAlt = expand(alt);
    if (expandedAlt === null) return null;
    if (result.length + expandedAlt.length * suffixes.length > MAX_WORDS) return null;
    for (const a of expandedAlt) for (const s of suffixes) result.push([...prefix, ...a, ...s]);
  }
  return result;
}

const isChar = (it: Item | undefined, ch: string): boolean => it !== undefined && 'ch' in it && it.ch === ch;

/** Finds the first `{...}` with a top-level comma or a valid sequence. */
function findBrace(items: Item[]): { start: number; end: number; alternatives: Item[][] } | null {
  for (let start = 0; start < items.length; start++) {
    if (!isChar(items[start], '{')) continue;
    let depth = 0;
    const commas: number[] = [];
    let end = -1;
    for (let j = start + 1; j < items.length && end < 0; j++) {
      const it = items[j];
      if (isChar(it, '{')) depth++;
      else if (isChar(it, '}')) {
        if (depth === 0) end = j;
        else depth--;
      } else if (isChar(it, ',') && depth === 0) commas.push(j);
    }
    if (end < 0) continue;
    if (commas.length > 0) {
      const bounds = [start, ...commas, end];
      const alternatives = bounds.slice(1).map((b, k) => items.slice((bounds[k] as number) + 1, b));
      return { start, end, alternatives };
    }
    const seq = sequence(items.slice(start + 1, end));
    if (seq) return { start, end, alternatives: seq };
  }
  return null;
}

const NUMERIC = /^([+-]?\d+)\.\.([+-]?\d+)(?:\.\.([+-]?\d+))?$/;
const LETTERS = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([+-]?\d+))?$/;

/** `{1..10}`, `{01..10..3}`, `{a..e}`: the elements as unquoted text (as bash), or null. */
function sequence(content: Item[]): Item[][] | null {
  if (!content.every((it) => 'ch' in it)) return null;
  const text = content.map((it) => ('ch' in it ? it.ch : '')).join('');
  const num = NUMERIC.exec(text);
  const letters = num ? null : LETTERS.exec(text);
  const m = num ?? letters;
  if (!m) return null;
  const step = Math.abs(Number(m[3] ?? '1')) || 1;
  const from = num ? Number(m[1]) : (m[1] as string).charCodeAt(0);
  const to = num ? Number(m[2]) : (m[2] as string).charCodeAt(0);
  if (![from, to, step].every(Number.isSafeInteger)) return null;
  const count = Math.floor(Math.abs(to - from) / step) + 1;
  if (count > MAX_WORDS) return null;
  const width = num ? zeroPadWidth(m[1] as string, m[2] as string) : 0;
  const dir = to >= from ? 1 : -1;
  const out: Item[][] = [];
  for (let k = 0; k < count; k++) {
    const v = from + dir * step * k;
    const text = num ? pad(v, width) : String.fromCharCode(v);
    out.push([...text].map((ch) => ({ ch })));
  }
  return out;
}

/** bash pads every element when either end is written with a leading zero (`{01..10}`). */
function zeroPadWidth(a: string, b: string): number {
  const padded = (s: string) => /^[+-]?0\d/.test(s);
  return padded(a) || padded(b) ? Math.max(a.length, b.length) : 0;
}

function pad(v: number, width: number): string {
  const digits = String(Math.abs(v));
  const sign = v < 0 ? '-' : '';
  return sign + digits.padStart(Math.max(0, width - sign.length), '0');
}
