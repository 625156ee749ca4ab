/**
 * Reads nginx's configuration the way nginx does: one statement at a time, running each directive's
 * checks as it is read and following `include` where it appears, stopping at the first `[emerg]`.
 */
import type { FsNode } from '../../model/types';
import { type BreakingChange, type ConfigFinding, checkConfig } from '../../packages';
import { type Context, DATA_BLOCKS, type Deprecation, type Directive } from './directives';
import { Emergency, emerg } from './emergency';
import {
  type NginxConfig,
  newServerBlock,
  type ServerBlock,
  type Statement,
  statementChecks,
  type Word,
} from './statements';
import { type Token, tokenize } from './tokens';

export const NGINX_PREFIX = '/etc/nginx/';
const MAX_INCLUDE_DEPTH = 16;

/** A breaking change from the package catalog, printed with the catalog's own message. */
export class CatalogEmergency extends Emergency {
  constructor(readonly finding: ConfigFinding) {
    super(
      finding.message.replace(/ in \S+:\d+$/, '').replace(/^nginx: \[emerg\] /, ''),
      finding.file,
      finding.line,
    );
  }

  override get text(): string {
    return this.finding.message;
  }
}

type Read = { kind: 'statement'; statement: Statement } | { kind: 'close'; line: number } | { kind: 'eof' };

export interface WalkOptions {
  fs: Readonly<Record<string, FsNode>>;
  /** Knows `name` in this nginx version (added and removed directives applied). */
  known: (name: string) => Directive | undefined;
  /** The catalog's breaking changes for this version (`checkConfig` finds them per file). */
  breaking: readonly BreakingChange[];
  /** Deprecations that still warn in this version. */
  deprecations: readonly Deprecation[];
}

class Reader {
  private i = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly file: string,
    private readonly eofLine: number,
  ) {}

  next(): Read {
    const words: Word[] = [];
    for (; this.i < this.tokens.length; this.i++) {
      const t = this.tokens[this.i] as Token;
      if (t.kind === 'word') {
        words.push(t);
        continue;
      }
      this.i++;
      if (t.kind === '}') {
        if (words.length > 0) emerg('unexpected "}"', this.file, t.line);
        return { kind: 'close', line: t.line };
      }
      if (words.length === 0) emerg(`unexpected "${t.kind}"`, this.file, t.line);
      return { kind: 'statement', statement: { words, terminator: t.kind, line: t.line, file: this.file } };
    }
    if (words.length > 0) emerg('unexpected end of file, expecting ";" or "}"', this.file, this.eofLine);
    return { kind: 'eof' };
  }
}

function absolute(arg: string): string {
  return arg.startsWith('/') ? arg : `${NGINX_PREFIX}${arg}`;
}

// Files under a prefix, listed once per file tree (a tree is never mutated: a change makes a new one).
const listings = new WeakMap<object, string[]>();

function filesUnder(fs: Readonly<Record<string, FsNode>>, prefix: string): string[] {
  // nginx includes live under /etc/nginx: list that part of the tree once, scan the rest only if asked.
  const scope = prefix.startsWith(NGINX_PREFIX) ? NGINX_PREFIX : '';
  let files = scope ? listings.get(fs) : undefined;
  if (!files) {
    files = [];
    for (const path in fs) if (path.startsWith(scope) && fs[path]?.kind === 'file') files.push(path);
    if (scope) listings.set(fs, files);
  }
  return files.filter((p) => p.startsWith(prefix));
}

function globSource(path: string): string {
  return path
    .split('/')
    .map((seg) => {
      const body = seg
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
      return /^[*?]/.test(seg) ? `(?!\\.)${body}` : body;
    })
    .join('/');
}

// Every server of a fleet includes the same few globs: each is compiled once.
const globs = new Map<string, RegExp>();

function globRegExp(path: string): RegExp {
  let re = globs.get(path);
  if (!re) {
    re = new RegExp(`^${globSource(path)}$`);
    if (globs.size < 256) globs.set(path, re);
  }
  return re;
}

/** Files an `include` names: a path relative to /etc/nginx, possibly a glob (sorted, no dotfiles). */
export function includeTargets(fs: Readonly<Record<string, FsNode>>, arg: string): string[] | null {
  const path = absolute(arg);
  const wild = path.search(/[*?]/);
  if (wild < 0) return fs[path] ? [path] : null;
  const re = globRegExp(path);
  return filesUnder(fs, path.slice(0, wild))
    .filter((p) => re.test(p))
    .sort();
}

function blockContext(name: string, parent: Context): Context {
  if (name === 'events' || name === 'http' || name === 'server' || name === 'upstream') return name;
  if (name === 'location' || name === 'if') return name;
  return parent;
}

function parseListen(args: readonly string[], st: Statement): ServerBlock['listens'][number] {
  const address = args[0] ?? '';
  const colon = address.lastIndexOf(':');
  const tail = colon >= 0 ? address.slice(colon + 1) : address;
  const port = /^\d+$/.test(tail) ? Number(tail) : colon >= 0 || address.startsWith('[') ? Number.NaN : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    emerg(`invalid port in "${address}" of the "listen" directive`, st.file, st.line);
  }
  return { port, ssl: args.includes('ssl'), line: st.line, file: st.file };
}

function recordSetting(config: NginxConfig, block: ServerBlock | null, st: Statement): void {
  const [name, ...args] = st.words.map((w) => w.text);
  if (name === 'server_tokens') config.serverTokens = args[0] === 'on';
  if (!block) return;
  if (name === 'listen') block.listens.push(parseListen(args, st));
  else if (name === 'ssl' && args[0] === 'on') block.sslOn = { file: st.file, line: st.line };
  else if (name === 'ssl_certificate') block.certificate = args[0];
  else if (name === 'ssl_certificate_key') block.certificateKey = args[0];
  else if (name === 'server_name') block.names.push(...args);
  else if (name === 'proxy_pass' && args[0]) block.proxyPass.push(args[0]);
}

/** Walks `entry` and what it includes into `config`; throws an `Emergency` at the first error. */
export function walkConfig(entry: string, options: WalkOptions, config: NginxConfig): NginxConfig {
  const findings = new Map<string, ConfigFinding[]>();
  let depth = 0;
  let upstream: string[] = [];

  const handle = (st: Statement, ctx: Context, server: ServerBlock | null): ServerBlock | null => {
    const head = st.words[0] as Word;
    const name = head.text;
    if (ctx === 'upstream' && name === 'server') {
      if (st.terminator !== ';') emerg('directive "server" is not terminated by ";"', st.file, st.line);
      if (st.words[1]) upstream.push(st.words[1].text);
      return null;
    }
    for (const f of findings.get(st.file) ?? []) {
      if (f.line < head.line || f.line > st.line || f.change.directive !== name) continue;
      // The catalog holds nginx's exact words; keep them, but remember where for the failure's params.
      if (f.change.severity === 'error') throw new CatalogEmergency(f);
      config.warnings.push(f.message);
    }
    const directive = options.known(name);
    if (!directive) emerg(`unknown directive "${name}"`, st.file, st.line);
    if (!directive.contexts.includes(ctx)) emerg(`"${name}" directive is not allowed here`, st.file, st.line);
    statementChecks(st, directive, options.known);
    for (const d of options.deprecations) {
      if (d.directive === name) config.warnings.push(`nginx: [warn] ${d.message} in ${st.file}:${st.line}`);
    }
    const arg = st.words[1]?.text ?? '';
    if (name === 'include') {
      const targets = includeTargets(options.fs, arg);
      if (!targets)
        emerg(`open() "${absolute(arg)}" failed (2: No such file or directory)`, st.file, st.line);
      for (const target of targets) parseFile(target, ctx, server);
      return null;
    }
    if (name === 'upstream') {
      upstream = [];
      config.upstreams[arg] = upstream;
      return null;
    }
    if (name === 'server' && ctx === 'http') {
      const block = newServerBlock(st.file, st.line);
      config.servers.push(block);
      return block;
    }
    recordSetting(config, server ?? (ctx === 'http' ? config.http : null), st);
    return null;
  };

  const parseBlock = (
    reader: Reader,
    ctx: Context | 'data',
    server: ServerBlock | null,
    where: { file: string; eofLine: number; inBlock: boolean },
  ): void => {
    for (;;) {
      const read = reader.next();
      if (read.kind === 'eof') {
        if (where.inBlock) emerg('unexpected end of file, expecting "}"', where.file, where.eofLine);
        return;
      }
      if (read.kind === 'close') {
        if (!where.inBlock) emerg('unexpected "}"', where.file, read.line);
        return;
      }
      const st = read.statement;
      if (ctx === 'data') {
        if (st.terminator === '{') emerg('unexpected "{"', st.file, st.line);
        continue;
      }
      const child = handle(st, ctx, server);
      if (st.terminator === '{') {
        const name = (st.words[0] as Word).text;
        const childCtx = DATA_BLOCKS.has(name) ? 'data' : blockContext(name, ctx);
        parseBlock(reader, childCtx, child ?? server, { ...where, inBlock: true });
      }
    }
  };

  const parseFile = (path: string, ctx: Context, server: ServerBlock | null): void => {
    const node = options.fs[path];
    if (!node) emerg(`open() "${path}" failed (2: No such file or directory)`);
    if (node.kind !== 'file') emerg(`pread() "${path}" failed (21: Is a directory)`);
    if (depth >= MAX_INCLUDE_DEPTH) emerg(`open() "${path}" failed (24: Too many open files)`);
    const { tokens, eofLine, unclosedQuote } = tokenize(node.content);
    if (unclosedQuote) emerg('unexpected end of file, expecting ";" or "}"', path, eofLine);
    findings.set(path, options.breaking.length ? checkConfig(options.breaking, path, node.content) : []);
    depth++;
    parseBlock(new Reader(tokens, path, eofLine), ctx, server, { file: path, eofLine, inBlock: false });
    depth--;
  };

  parseFile(entry, 'main', null);
  return config;
}
