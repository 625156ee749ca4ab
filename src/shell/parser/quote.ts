/**
 * Renders an argument as a shell word that parses (and expands, with any environment)
 * back to exactly the same string. Plain words stay bare; others get '...' or, for
 * control characters, $'...' (as bash's `printf %q` does).
 */

/** Characters that never mean anything to the parser or expansion. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** A bare `a=b` at the start of a command would be an assignment. */
const ASSIGNMENT_LIKE = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
/** Words the parser treats specially at the start of a command. */
const RESERVED = new Set([
  '!',
  'case',
  'coproc',
  'do',
  'done',
  'elif',
  'else',
  'esac',
  'fi',
  'for',
  'function',
  'if',
  'in',
  'select',
  'then',
  'time',
  'until',
  'while',
]);
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export function quote(arg: string): string {
  if (SAFE.test(arg) && !ASSIGNMENT_LIKE.test(arg) && !RESERVED.has(arg)) return arg;
  if (CONTROL.test(arg)) return ansiQuote(arg);
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Quotes each argument and joins them with spaces: a command line for history or display. */
export function quoteArgs(args: readonly string[]): string {
  return args.map(quote).join(' ');
}

const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', "'": "\\'" };

function ansiQuote(arg: string): string {
  let body = '';
  for (const ch of arg) {
    const named = NAMED[ch];
    if (named !== undefined) body += named;
    else if (CONTROL.test(ch)) body += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else body += ch;
  }
  return `$'${body}'`;
}
