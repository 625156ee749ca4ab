/**
 * Recursive-descent parser over tokens (no recursion in practice: every loop is flat),
 * producing the Script AST. Errors use bash's wording; see messages.ts.
 */
import { ambiguousRedirect, UNEXPECTED_EOF, unexpectedToken, unsupported } from './messages';
import { type Token, tokenize } from './tokenize';
import type {
  AndOrList,
  AndOrOp,
  Assignment,
  Fd,
  ParseResult,
  Pipeline,
  Redirect,
  Script,
  SimpleCommand,
  Word,
} from './types';

/** Parses one input line (newlines act like `;`). Never throws. */
export function parseLine(input: string): ParseResult {
  try {
    const lexed = tokenize(input);
    if (!lexed.ok) return lexed;
    return { ok: true, script: new Parser(lexed.tokens).script() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.message };
    // Defensive: the fuzz tests check this never happens, but the shell must not crash if it does.
    return { ok: false, error: `bash: internal parser error: ${String(e)}` };
  }
}

class ParseFailure extends Error {}

/** Words that bash treats as compound-command keywords when they start a command. */
const UNSUPPORTED_KEYWORDS: Record<string, string> = {
  for: 'for loop',
  while: 'while loop',
  until: 'until loop',
  if: 'if statement',
  case: 'case statement',
  select: 'select loop',
  function: 'function definition',
  coproc: 'coproc',
  '[[': 'conditional expression [[ ... ]]',
  '{': 'command group { ... }',
};
/** Keywords that can only appear inside compound commands: bash reports them as unexpected. */
const STRAY_KEYWORDS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/** The text of a word made of one unquoted piece, or null (quoting disables keywords, `!`, fds). */
export function plainText(word: Word): string | null {
  const [only, ...more] = word.segments;
  return only?.kind === 'text' && !only.quoted && more.length === 0 ? only.text : null;
}

interface MutableCommand {
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  script(): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      this.skipNewlines();
      if (!this.peek()) break;
      lists.push(this.andOr());
      const sep = this.peek();
      if (!sep) break;
      if (this.isOp(sep, ';') || this.isOp(sep, 'newline')) this.pos++;
      else if (this.isOp(sep, '&')) throw new ParseFailure(unsupported('background job &'));
      else throw this.unexpected(sep);
    }
    return { lists };
  }

  private andOr(): AndOrList {
    const first = this.pipeline();
    const rest: { op: AndOrOp; pipeline: Pipeline }[] = [];
    for (let t = this.peek(); t?.kind === 'op' && (t.op === '&&' || t.op === '||'); t = this.peek()) {
      this.pos++;
      this.continuation();
      rest.push({ op: t.op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negated = false;
    for (let t = this.peek(); t?.kind === 'word' && plainText(t.word) === '!'; t = this.peek()) {
      negated = !negated;
      this.pos++;
    }
    const commands = [this.command(negated)];
    for (let t = this.peek(); t?.kind === 'op' && (t.op === '|' || t.op === '|&'); t = this.peek()) {
      // `a |& b` is `a 2>&1 | b`, with the dup applied after a's own redirections.
      if (t.op === '|&') (commands[commands.length - 1] as MutableCommand).redirects.push(dup(2, 1));
      this.pos++;
      this.continuation();
      commands.push(this.command(false));
    }
    return { negated, commands };
  }

  private command(afterBang: boolean): SimpleCommand {
    const cmd: MutableCommand = { assignments: [], words: [], redirects: [] };
    const fresh = () => cmd.assignments.length + cmd.words.length + cmd.redirects.length === 0;
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.kind === 'word') {
        if (fresh()) this.checkKeyword(t.word);
        const assignment = cmd.words.length === 0 ? toAssignment(t.word) : null;
        if (assignment) cmd.assignments.push(assignment);
        else cmd.words.push(t.word);
        this.pos++;
      } else if (t.kind === 'redir') {
        this.pos++;
        const target = this.peek();
        if (target?.kind !== 'word')
          throw target ? this.unexpected(target) : fail(unexpectedToken('newline'));
        this.pos++;
        cmd.redirects.push(...toRedirects(t, target.word));
      } else if (this.isOp(t, '(')) {
        throw this.openParen(cmd, fresh());
      } else {
        break;
      }
    }
    if (fresh()) {
      const next = this.peek();
      // bash accepts a bare `!` (status 1) but not `! | x` or `! && x`.
      const endOfList = !next || this.isOp(next, ';') || this.isOp(next, 'newline');
      if (!(afterBang && endOfList)) throw next ? this.unexpected(next) : fail(UNEXPECTED_EOF);
    }
    return cmd;
  }

  private checkKeyword(word: Word): void {
    const text = plainText(word);
    if (text === null) return;
    const thing = Object.hasOwn(UNSUPPORTED_KEYWORDS, text) ? UNSUPPORTED_KEYWORDS[text] : undefined;
    if (thing) throw fail(unsupported(thing));
    if (STRAY_KEYWORDS.has(text)) throw fail(unexpectedToken(text));
  }

  /** Explains an unquoted `(`: each bash construct that starts with one gets its own message. */
  private openParen(cmd: MutableCommand, fresh: boolean): ParseFailure {
    const paren = this.tokens[this.pos] as Token & { kind: 'op' };
    const next = this.tokens[this.pos + 1];
    const prev = this.tokens[this.pos - 1];
    if (fresh) {
      const arithmetic = next?.kind === 'op' && next.op === '(' && next.start === paren.end;
      return fail(unsupported(arithmetic ? 'arithmetic command ((...))' : 'subshell ( ... )'));
    }
    if (prev?.kind === 'word' && prev.word.end === paren.start && prev.word.raw.endsWith('=')) {
      return fail(unsupported('array assignment name=(...)'));
    }
    const onlyName = cmd.words.length === 1 && cmd.assignments.length + cmd.redirects.length === 0;
    if (onlyName && next?.kind === 'op' && next.op === ')') return fail(unsupported('function definition'));
    return fail(unexpectedToken('('));
  }

  /** After `|`, `&&` or `||` bash keeps reading on the next line; at end of input that is EOF. */
  private continuation(): void {
    this.skipNewlines();
    if (!this.peek()) throw fail(UNEXPECTED_EOF);
  }

  private skipNewlines(): void {
    while (this.isOp(this.peek(), 'newline')) this.pos++;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(t: Token | undefined, op: string): boolean {
    return t?.kind === 'op' && t.op === op;
  }

  private unexpected(t: Token): ParseFailure {
    if (t.kind === 'word') return fail(unexpectedToken(t.word.raw));
    return fail(unexpectedToken(t.op));
  }
}

function fail(message: string): ParseFailure {
  return new ParseFailure(message);
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;

/** `NAME=value` when the name part is unquoted (`"A"=1` is a command name, as in bash). */
function toAssignment(word: Word): Assignment | null {
  const [first, ...more] = word.segments;
  if (first?.kind !== 'text' || first.quoted) return null;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return null;
  if (m[2]) throw fail(unsupported('append assignment +='));
  const name = m[1] as string;
  const rest = first.text.slice(m[0].length);
  const segments = rest === '' ? more : [{ ...first, text: rest }, ...more];
  const eq = word.raw.indexOf('=') + 1;
  const value: Word = { segments, raw: word.raw.slice(eq), start: word.start + eq, end: word.end };
  return { name, value };
}

function dup(fd: Fd, target: Fd): Redirect {
  return { op: '>&', fd, target };
}

function toRedirects(t: Token & { kind: 'redir' }, target: Word): Redirect[] {
  const explicit = t.fd === null ? null : Number(t.fd);
  if (explicit !== null && explicit > 2) {
    throw fail(unsupported(`redirection of file descriptor ${t.fd?.slice(0, 12)}`));
  }
  const fd = (dflt: Fd): Fd => (explicit ?? dflt) as Fd;
  switch (t.op) {
    case '<':
      return [{ op: '<', fd: fd(0), target }];
    case '>':
    case '>>':
      return [{ op: t.op, fd: fd(1), target }];
    case '&>':
      return [{ op: '>', fd: 1, target }, dup(2, 1)];
    case '&>>':
      return [{ op: '>>', fd: 1, target }, dup(2, 1)];
    default: {
      // '>&': a digit target duplicates a descriptor; a file name means `&>file` (bash does the same).
      const text = plainText(target);
      if (text !== null && /^[0-9]+$/.test(text)) {
        if (Number(text) > 2) throw fail(unsupported(`redirection to file descriptor ${text.slice(0, 12)}`));
        return [dup(fd(1), Number(text) as Fd)];
      }
      if (text === '-') throw fail(unsupported('closing a file descriptor with >&-'));
      if (explicit !== null && explicit !== 1) throw fail(ambiguousRedirect(target.raw));
      return [{ op: '>', fd: 1, target }, dup(2, 1)];
    }
  }
}
