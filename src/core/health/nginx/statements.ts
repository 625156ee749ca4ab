/** What one nginx statement must satisfy once its directive is known, and what the walk records. */
import type { Directive } from './directives';
import { emerg } from './emergency';
import type { Token } from './tokens';

export type Word = Extract<Token, { kind: 'word' }>;

export interface Statement {
  words: Word[];
  terminator: ';' | '{';
  /** Line of the terminator: where nginx is when it runs the directive. */
  line: number;
  file: string;
}

export interface Listen {
  port: number;
  ssl: boolean;
  file: string;
  line: number;
}

/** An http `server { }` block: what the deployment checks need to know about it. */
export interface ServerBlock {
  file: string;
  line: number;
  listens: Listen[];
  names: string[];
  /** Where `ssl on;` is (nginx < 1.25.1): every listen of the block then speaks TLS. */
  sslOn?: { file: string; line: number };
  certificate?: string;
  certificateKey?: string;
  proxyPass: string[];
}

export interface NginxConfig {
  /** `nginx: [warn] …` lines, in the order nginx prints them. */
  warnings: string[];
  servers: ServerBlock[];
  /** Settings at the http level, inherited by every server. */
  http: ServerBlock;
  /** `upstream NAME { server ADDRESS …; }`: the addresses of each upstream, in order. */
  upstreams: Record<string, string[]>;
  /** `server_tokens` (nginx's default is on: the version is shown on error pages). */
  serverTokens?: boolean;
}

export function newServerBlock(file: string, line: number): ServerBlock {
  return { file, line, listens: [], names: [], proxyPass: [] };
}

export function emptyConfig(): NginxConfig {
  return { warnings: [], servers: [], http: newServerBlock('', 0), upstreams: {} };
}

/**
 * Checks in nginx's order once the directive is found and allowed here: its terminator, its number of
 * arguments, then on/off values. A directive whose `;` is missing swallows the next line's directive as
 * arguments; the lab names the unterminated one (nginx's own message there depends on the directive).
 */
export function statementChecks(
  st: Statement,
  directive: Directive,
  known: (name: string) => Directive | undefined,
): void {
  const [head, ...args] = st.words as [Word, ...Word[]];
  const name = head.text;
  if (!directive.block && st.terminator === ';') {
    const swallowed = args.find((w) => !w.quoted && w.line > head.line && known(w.text) !== undefined);
    if (swallowed) emerg(`directive "${name}" is not terminated by ";"`, st.file, head.line);
  }
  if (!directive.block && st.terminator === '{') {
    emerg(`directive "${name}" is not terminated by ";"`, st.file, st.line);
  }
  if (directive.block && st.terminator === ';')
    emerg(`directive "${name}" has no opening "{"`, st.file, st.line);
  const [min, max] = directive.args;
  if (args.length < min || args.length > max) {
    emerg(`invalid number of arguments in "${name}" directive`, st.file, st.line);
  }
  const value = args[0]?.text;
  if (directive.flag && value !== 'on' && value !== 'off') {
    emerg(`invalid value "${value}" in "${name}" directive, it must be "on" or "off"`, st.file, st.line);
  }
}
