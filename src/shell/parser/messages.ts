/** Error wording, kept in one place so it stays consistent with bash's phrasing. */

/** `bash: <thing> is not supported in this simulated shell` */
export function unsupported(thing: string): string {
  return `bash: ${thing} is not supported in this simulated shell`;
}

/** bash: syntax error near unexpected token `X' */
export function unexpectedToken(token: string): string {
  return `bash: syntax error near unexpected token \`${printable(token)}'`;
}

/** What bash reports when the line ends where more input is required (`ls |`, `a &&`). */
export const UNEXPECTED_EOF = 'bash: syntax error: unexpected end of file';

/** bash: unexpected EOF while looking for matching `"' */
export function unmatched(ch: string): string {
  return `bash: unexpected EOF while looking for matching \`${ch}'`;
}

export function badSubstitution(text: string): string {
  return `bash: ${printable(text)}: bad substitution`;
}

export function ambiguousRedirect(text: string): string {
  return `bash: ${printable(text)}: ambiguous redirect`;
}

/** Keeps user text in messages on one short line: control characters become `?`. */
export function printable(text: string, max = 40): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}
