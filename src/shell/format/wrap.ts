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

const LIST_MARKER = /^(?:\[[ x]\] |[-*] |\d+\. )/;

/**
 * Fits prose to the terminal, line by line: a line that fits is left as it is; a longer one breaks at words,
 * its continuation lines indented under its text (after a `[ ]`, `-` or `1.` marker), as `fmt` would.
 * xterm would otherwise cut words at the last column.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const indent = line.length - line.trimStart().length;
      const marker = LIST_MARKER.exec(line.slice(indent))?.[0].length ?? 0;
      const hanging = indent + marker;
      // No room left beside a deep indent: the line is wrapped from the margin.
      if (width - hanging < 16) return wrapWords(line, width).join('\n');
      const [first = '', ...rest] = wrapWords(line.slice(hanging), width - hanging);
      return [`${line.slice(0, hanging)}${first}`, ...rest.map((l) => `${' '.repeat(hanging)}${l}`)].join(
        '\n',
      );
    })
    .join('\n');
}
