import type { Server } from '../../../core';

/**
 * A light reading of the enabled nginx sites: enough to know which ports nginx listens on and what a
 * request gets. `nginx -t` (src/core/health/nginx) is the strict reader; this one never fails, it skips.
 */

export interface Listen {
  address: string;
  port: number;
  ssl: boolean;
}

export interface Location {
  prefix: string;
  proxyPass?: string;
  alias?: string;
  root?: string;
  ret?: { code: number; target: string };
}

export interface SiteBlock {
  listens: Listen[];
  names: string[];
  defaultServer: boolean;
  root?: string;
  index: string[];
  ret?: { code: number; target: string };
  certificate?: string;
  locations: Location[];
}

export interface NginxSites {
  servers: SiteBlock[];
  upstreams: Record<string, string[]>;
}

interface Statement {
  words: string[];
  block?: Statement[];
}

/** Words, `{`, `}` and `;`, with comments and quotes handled like nginx's own tokenizer. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};#"']+)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].startsWith('#')) continue;
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  }
  return tokens;
}

function parse(tokens: readonly string[], at: { i: number }): Statement[] {
  const out: Statement[] = [];
  let words: string[] = [];
  while (at.i < tokens.length) {
    const t = tokens[at.i++] as string;
    if (t === ';') {
      if (words.length) out.push({ words });
      words = [];
    } else if (t === '{') {
      out.push({ words, block: parse(tokens, at) });
      words = [];
    } else if (t === '}') return out;
    else words.push(t);
  }
  return out;
}

function parseListen(args: readonly string[], sslOn: boolean): Listen | undefined {
  const spec = args[0] ?? '';
  const m = /^(?:(\[[^\]]+\]|[^:]+):)?(\d+)$/.exec(spec) ?? /^(\[[^\]]+\]|[\w.-]+)()$/.exec(spec);
  if (!m) return undefined;
  const address = m[1] ?? '0.0.0.0';
  const port = m[2] ? Number(m[2]) : 80;
  return { address: address === '*' ? '0.0.0.0' : address, port, ssl: sslOn || args.includes('ssl') };
}

function returnOf(words: readonly string[]): { code: number; target: string } | undefined {
  return words[0] === 'return' ? { code: Number(words[1]), target: words[2] ?? '' } : undefined;
}

function siteBlock(body: readonly Statement[]): SiteBlock {
  const arg = (name: string) => body.find((s) => s.words[0] === name && !s.block)?.words.slice(1);
  const sslOn = arg('ssl')?.[0] === 'on';
  const listenArgs = body.filter((s) => s.words[0] === 'listen').map((s) => s.words.slice(1));
  const listens = (listenArgs.length ? listenArgs : [['80']]).flatMap((a) => parseListen(a, sslOn) ?? []);
  const locations = body
    .filter((s) => s.words[0] === 'location' && s.block)
    .map((s) => {
      const inner = s.block ?? [];
      const get = (name: string) => inner.find((i) => i.words[0] === name)?.words[1];
      const ret = inner.map((i) => returnOf(i.words)).find(Boolean);
      return {
        prefix: s.words.at(-1) ?? '/',
        proxyPass: get('proxy_pass'),
        alias: get('alias'),
        root: get('root'),
        ret,
      };
    });
  return {
    listens,
    names: arg('server_name') ?? [],
    defaultServer: listenArgs.some((a) => a.includes('default_server')),
    root: arg('root')?.[0],
    index: arg('index') ?? ['index.html'],
    ret: body.map((s) => returnOf(s.words)).find(Boolean),
    certificate: arg('ssl_certificate')?.[0],
    locations,
  };
}

/** The sites nginx loads from sites-enabled and conf.d (the includes of Debian's stock nginx.conf). */
export function nginxSites(server: Server): NginxSites {
  const sites: NginxSites = { servers: [], upstreams: {} };
  const files = Object.keys(server.fs)
    .filter(
      (p) => p.startsWith('/etc/nginx/sites-enabled/') || /^\/etc\/nginx\/conf\.d\/[^/]+\.conf$/.test(p),
    )
    .sort();
  for (const path of files) {
    const node = server.fs[path];
    if (node?.kind !== 'file') continue;
    for (const st of parse(tokenize(node.content), { i: 0 })) {
      if (st.words[0] === 'server' && st.block) sites.servers.push(siteBlock(st.block));
      if (st.words[0] === 'upstream' && st.block && st.words[1]) {
        sites.upstreams[st.words[1]] = st.block
          .filter((s) => s.words[0] === 'server')
          .map((s) => s.words[1] ?? '');
      }
    }
  }
  return sites;
}

/** nginx's server selection: the block listening on the port whose server_name matches, else the default. */
export function pickSite(sites: NginxSites, port: number, host: string): SiteBlock | undefined {
  const onPort = sites.servers.filter((s) => s.listens.some((l) => l.port === port));
  return onPort.find((s) => s.names.includes(host)) ?? onPort.find((s) => s.defaultServer) ?? onPort[0];
}

/** The longest `location` prefix that matches the path. */
export function pickLocation(site: SiteBlock, path: string): Location | undefined {
  return site.locations
    .filter((l) => path.startsWith(l.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}
