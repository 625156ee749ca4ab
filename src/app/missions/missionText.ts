/**
 * The small Markdown the missions' texts use (paragraphs, `-` lists, **bold**, _emphasis_, `code`), parsed
 * into plain data the panel renders as React elements: no HTML string ever reaches the page.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] };

export type Block = { kind: 'paragraph'; inlines: Inline[] } | { kind: 'list'; items: Inline[][] };

// Code first (nothing is markup inside it), then bold, then emphasis between word boundaries.
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|(?<![\w])_(.+?)_(?![\w])/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    const [, code, strong, em] = match;
    if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else out.push({ kind: 'em', children: parseInline(em ?? '') });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^\s*[-*]\s+/;

/** Blocks are separated by blank lines; a block whose lines all start with `- ` is a list. */
export function parseMissionText(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .flatMap((chunk): Block[] => {
      const lines = chunk.split('\n');
      if (lines.every((line) => BULLET.test(line))) {
        return [{ kind: 'list', items: lines.map((line) => parseInline(line.replace(BULLET, ''))) }];
      }
      // A paragraph followed by a list without a blank line between them.
      const firstBullet = lines.findIndex((line) => BULLET.test(line));
      if (firstBullet > 0 && lines.slice(firstBullet).every((line) => BULLET.test(line))) {
        return [
          { kind: 'paragraph', inlines: parseInline(lines.slice(0, firstBullet).join(' ')) },
          { kind: 'list', items: lines.slice(firstBullet).map((l) => parseInline(l.replace(BULLET, ''))) },
        ];
      }
      return [{ kind: 'paragraph', inlines: parseInline(lines.join(' ')) }];
    });
}

/** The words a reader sees, markup aside (tests compare it with the source's words). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.kind === 'text' || i.kind === 'code' ? i.text : plainText(i.children)))
    .join('');
}
