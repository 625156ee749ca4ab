/**
 * Control characters in text from a file: C0 and C1 controls, DEL, and the Unicode line and paragraph
 * separators. Matching them is the point, hence the lint exceptions.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to remove control characters
export const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** The same, keeping tab, line feed and carriage return (text that keeps its lines). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to remove control characters
export const CONTROL_BUT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
