/**
 * find's expression language: tests, `!`/`-not`, implicit and explicit `-a`, `-o`, parentheses, and the
 * global options, parsed by recursive descent with findutils' precedence and error wording.
 */
import type { FsNode, Server } from '../../../core';
import { canAccess } from '../../permissions';
import { children } from './access';
import { fnmatchRegExp } from './fnmatch';
import { gidOf } from './ids';
import { quoteCurly } from './quote';

/** One file as find visits it. */
export interface Visit {
  /** The name find prints (`./etc/hosts`, `/var/log`). */
  shown: string;
  path: string;
  node: FsNode;
  depth: number;
}

export interface EvalContext {
  server: Server;
  user: string;
  now: number;
  out: string[];
  /** Set by `-prune`: do not descend into the current directory. */
  prune: boolean;
}

export type Expr = (visit: Visit, ctx: EvalContext) => boolean;

export interface Parsed {
  expr: Expr;
  maxDepth: number;
  minDepth: number;
  /** -depth: a directory after its contents. */
  depthFirst: boolean;
}

/** Tests and actions that take one argument. */
const WITH_ARG = new Set([
  '-name',
  '-iname',
  '-path',
  '-ipath',
  '-wholename',
  '-iwholename',
  '-type',
  '-newer',
  '-user',
  '-group',
  '-perm',
  '-size',
  '-mtime',
  '-mmin',
  '-maxdepth',
  '-mindepth',
]);
const UNSUPPORTED = new Set([
  '-exec',
  '-execdir',
  '-ok',
  '-okdir',
  '-delete',
  '-printf',
  '-fprintf',
  '-fprint',
  '-fprint0',
  '-ls',
  '-fls',
  '-quit',
  '-regex',
  '-iregex',
]);
const IGNORED_OPTIONS = new Set(['-xdev', '-mount', '-noleaf', '-follow', '-daystart', '-nowarn', '-warn']);

class FindError extends Error {}

/** `+N` more than N, `-N` less than N, `N` exactly N. */
function numericTest(text: string, pred: string): (n: number) => boolean {
  const m = /^([+-]?)(\d+)$/.exec(text);
  if (!m) throw new FindError(`find: invalid argument \`${text}' to \`${pred}'\n`);
  const n = Number(m[2]);
  return m[1] === '+' ? (x) => x > n : m[1] === '-' ? (x) => x < n : (x) => x === n;
}

const SIZE_UNITS: Record<string, number> = { b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3 };

function sizeTest(text: string): Expr {
  const m = /^([+-]?\d+)([a-zA-Z]?)$/.exec(text);
  const unit = SIZE_UNITS[m?.[2] || 'b'];
  if (!m || unit === undefined)
    throw new FindError(`find: invalid -size type \`${text.replace(/^[+-]?\d+/, '')}'\n`);
  const compare = numericTest(m[1] as string, '-size');
  // find rounds sizes up to whole units before comparing.
  return ({ node }) =>
    compare(Math.ceil((node.kind === 'dir' ? 4096 : new TextEncoder().encode(node.content).length) / unit));
}

function permTest(text: string): Expr {
  const m = /^([-/]?)([0-7]{1,4})$/.exec(text);
  if (!m) throw new FindError(`find: invalid mode ${quoteCurly(text)}\n`);
  const bits = Number.parseInt(m[2] as string, 8);
  if (m[1] === '-') return ({ node }) => (node.mode & bits) === bits;
  if (m[1] === '/') return ({ node }) => bits === 0 || (node.mode & bits) !== 0;
  return ({ node }) => (node.mode & 0o7777) === bits;
}

function typeTest(text: string): Expr {
  const letters = text.split(',');
  if (letters.some((l) => !/^[bcdpflsD]$/.test(l)))
    throw new FindError(`find: Unknown argument to -type: ${text}\n`);
  return ({ node }) => letters.includes(node.kind === 'dir' ? 'd' : 'f');
}

function depthArg(text: string, option: string): number {
  if (!/^\d+$/.test(text))
    throw new FindError(
      `find: Expected a positive decimal integer argument to ${option}, but got ${quoteCurly(text)}\n`,
    );
  return Number(text);
}

/** Builds the expression over `tokens`; `newerThan` resolves -newer's reference file. */
export function parseExpression(
  tokens: readonly string[],
  server: Server,
  newerThan: (path: string) => number,
): Parsed {
  const result: Parsed = {
    expr: () => true,
    maxDepth: Number.POSITIVE_INFINITY,
    minDepth: 0,
    depthFirst: false,
  };
  let i = 0;
  let hasAction = false;
  const peek = () => tokens[i];

  function primary(): Expr {
    const tok = tokens[i++];
    if (tok === undefined) throw new FindError('find: invalid expression\n');
    if (tok === '(') {
      if (tokens[i] === undefined)
        throw new FindError(
          "find: invalid expression; I was expecting to find a ')' somewhere but did not see one.\n",
        );
      if (tokens[i] === ')')
        throw new FindError('find: invalid expression; empty parentheses are not allowed.\n');
      const inner = or();
      if (tokens[i] !== ')')
        throw new FindError(
          "find: invalid expression; I was expecting to find a ')' somewhere but did not see one.\n",
        );
      i++;
      return inner;
    }
    if (!tok.startsWith('-') || tok === '-')
      throw new FindError(`find: paths must precede expression: \`${tok}'\n`);
    if (UNSUPPORTED.has(tok)) throw new FindError(`find: '${tok}' is not supported in this lab\n`);
    let arg = '';
    if (WITH_ARG.has(tok)) {
      if (i >= tokens.length) throw new FindError(`find: missing argument to \`${tok}'\n`);
      arg = tokens[i++] as string;
    }
    switch (tok) {
      case '-name':
      case '-iname': {
        const re = fnmatchRegExp(arg, { ignoreCase: tok === '-iname' });
        return ({ shown, path }) =>
          re.test(path === '/' ? shown : (shown.replace(/\/+$/, '').split('/').pop() ?? ''));
      }
      case '-path':
      case '-wholename':
      case '-ipath':
      case '-iwholename': {
        const re = fnmatchRegExp(arg, { ignoreCase: tok.startsWith('-i') });
        return ({ shown }) => re.test(shown);
      }
      case '-type':
        return typeTest(arg);
      case '-newer': {
        const reference = newerThan(arg);
        return ({ node }) => node.mtime > reference;
      }
      case '-user':
        if (!server.users[arg] && !/^\d+$/.test(arg))
          throw new FindError(`find: ${quoteCurly(arg)} is not the name of a known user\n`);
        return ({ node }) => node.owner === arg || String(server.users[node.owner]?.uid) === arg;
      case '-group':
        if (gidOf(server, arg) === undefined && !/^\d+$/.test(arg))
          throw new FindError(`find: ${quoteCurly(arg)} is not the name of an existing group\n`);
        return ({ node }) => node.group === arg || String(gidOf(server, node.group)) === arg;
      case '-perm':
        return permTest(arg);
      case '-size':
        return sizeTest(arg);
      case '-mtime': {
        const test = numericTest(arg, tok);
        return ({ node }, c) => test(Math.floor((c.now - node.mtime) / 86_400_000));
      }
      case '-mmin': {
        const test = numericTest(arg, tok);
        return ({ node }, c) => test(Math.ceil((c.now - node.mtime) / 60_000));
      }
      case '-maxdepth':
        result.maxDepth = depthArg(arg, tok);
        return () => true;
      case '-mindepth':
        result.minDepth = depthArg(arg, tok);
        return () => true;
      case '-depth':
        result.depthFirst = true;
        return () => true;
      case '-empty':
        return ({ node, path }, c) =>
          node.kind === 'file' ? node.content === '' : children(c.server, path).length === 0;
      case '-readable':
      case '-writable':
      case '-executable': {
        const access = tok === '-readable' ? 'r' : tok === '-writable' ? 'w' : 'x';
        return ({ node }, c) => canAccess(c.server, node, c.user, access);
      }
      case '-true':
        return () => true;
      case '-false':
        return () => false;
      case '-prune':
        return (_v, c) => {
          c.prune = true;
          return true;
        };
      case '-print':
      case '-print0':
        hasAction = true;
        return (v, c) => {
          c.out.push(v.shown + (tok === '-print' ? '\n' : '\0'));
          return true;
        };
      default:
        if (IGNORED_OPTIONS.has(tok)) return () => true;
        throw new FindError(`find: unknown predicate \`${tok}'\n`);
    }
  }

  function unary(): Expr {
    const tok = peek();
    if (tok === '!' || tok === '-not') {
      i++;
      if (i >= tokens.length || tokens[i] === ')')
        throw new FindError(`find: expected an expression after '${tok}'\n`);
      const inner = unary();
      return (v, c) => !inner(v, c);
    }
    if (tok === '-a' || tok === '-and' || tok === '-o' || tok === '-or')
      throw new FindError(
        `find: invalid expression; you have used a binary operator '${tok}' with nothing before it.\n`,
      );
    return primary();
  }

  function and(): Expr {
    let left = unary();
    for (;;) {
      const tok = peek();
      if (tok === undefined || tok === ')' || tok === '-o' || tok === '-or' || tok === ',') return left;
      if (tok === '-a' || tok === '-and') {
        i++;
        if (i >= tokens.length) throw new FindError(`find: expected an expression after '${tok}'\n`);
      }
      const l = left;
      const r = unary();
      left = (v, c) => l(v, c) && r(v, c);
    }
  }

  function or(): Expr {
    let left = and();
    while (peek() === '-o' || peek() === '-or' || peek() === ',') {
      const tok = tokens[i++] as string;
      if (i >= tokens.length) throw new FindError(`find: expected an expression after '${tok}'\n`);
      const l = left;
      const r = and();
      left =
        tok === ','
          ? (v, c) => {
              l(v, c);
              return r(v, c);
            }
          : (v, c) => l(v, c) || r(v, c);
    }
    return left;
  }

  if (tokens.length > 0) {
    const expr = or();
    if (tokens[i] === ')') throw new FindError("find: invalid expression; you have too many ')'\n");
    if (i < tokens.length) throw new FindError(`find: paths must precede expression: \`${tokens[i]}'\n`);
    result.expr = expr;
  }
  if (!hasAction) {
    const test = result.expr;
    result.expr = (v, c) => {
      if (test(v, c)) c.out.push(`${v.shown}\n`);
      return true;
    };
  }
  return result;
}

export { FindError };
