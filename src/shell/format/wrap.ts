/**
 * Greedy word wrap to `width` columns, as `fmt` would: lines break at spaces; a word longer than the width
 * keeps a line of its own rather than being cut (a path split in two is harder to read than a long line).
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
