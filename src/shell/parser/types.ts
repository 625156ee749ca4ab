/**
 * AST and context types for the simulated bash parser.
 * Everything is plain data (readonly) so results can be stored in history or the world state.
 */

/**
 * One piece of a word, before expansion.
 * `quoted` pieces came from '...', "...", $'...' or a backslash escape: they are never
 * field-split or treated as glob patterns. Unquoted text may hold glob and brace characters.
 */
export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  /**
   * `$NAME`, `${NAME}` or a special parameter: `?`, `$`, `!`, `#`, `@`, `*`, `-`, `0`-`9`.
   * `braced` only matters to brace expansion: bash reads `$X{1,2}` as `$X1 $X2`, `${X}{1,2}` not.
   */
  | { readonly kind: 'param'; readonly name: string; readonly quoted: boolean; readonly braced: boolean };

/** An unexpanded word. `raw` is the exact source text; `start`/`end` are offsets into the input line. */
export interface Word {
  readonly segments: readonly Segment[];
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/** `NAME=value` before the command name (or alone on the line, where it sets a shell variable). */
export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

export type Fd = 0 | 1 | 2;

/**
 * A redirection, already normalised: `&>f` becomes `>f` + `2>&1`, `>&f` likewise, `|&` adds `2>&1`.
 * Apply them left to right, as bash does (`>f 2>&1` differs from `2>&1 >f`).
 */
export type Redirect =
  | { readonly op: '<' | '>' | '>>'; readonly fd: Fd; readonly target: Word }
  /** `fd>&target`: make `fd` a copy of `target` (e.g. `2>&1`). */
  | { readonly op: '>&'; readonly fd: Fd; readonly target: Fd };

/** A simple command. Any of the three lists may be empty, but not all of them (except after `!`). */
export interface SimpleCommand {
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
}

/** `cmd | cmd | ...`; `negated` is a leading `!` (invert the exit status of the last command). */
export interface Pipeline {
  readonly negated: boolean;
  readonly commands: readonly SimpleCommand[];
}

export type AndOrOp = '&&' | '||';

/** `p1 && p2 || p3`: run `first`, then each `rest` entry depending on the previous exit status. */
export interface AndOrList {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: AndOrOp; readonly pipeline: Pipeline }[];
}

/** A whole input line: and-or lists separated by `;` or newlines. Empty for blank/comment lines. */
export interface Script {
  readonly lists: readonly AndOrList[];
}

/** Never an exception: either a script or one line of bash-style error text. */
export type ParseResult =
  | { readonly ok: true; readonly script: Script }
  | { readonly ok: false; readonly error: string };

/** What expansion needs from the shell. All callbacks must be pure lookups. */
export interface ExpandContext {
  readonly env: Readonly<Record<string, string>>;
  /** Value of `$?`. */
  readonly lastExit: number;
  /** Home directory of `user` (current user when omitted); undefined if unknown. */
  readonly home: (user?: string) => string | undefined;
  /**
   * Sorted matches of a glob pattern (see glob.ts for the syntax: `*`, `?`, `[...]`,
   * backslash escapes a literal character). Return [] when nothing matches.
   */
  readonly glob: (pattern: string) => string[];
}

/** One field after expansion. `pattern` is set when the field holds unquoted glob characters. */
export interface ExpandedField {
  readonly text: string;
  readonly pattern: string | null;
}
