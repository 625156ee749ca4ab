/**
 * The nginx directives the lab knows: the common ones of the http core, proxy, ssl, gzip, log, rewrite,
 * upstream and events modules, with where they may appear, whether they open a block, how many arguments
 * they take, and the versions that added or removed them.
 */

export type Context = 'main' | 'events' | 'http' | 'server' | 'location' | 'if' | 'upstream';

export interface Directive {
  contexts: readonly Context[];
  block?: boolean;
  /** [min, max] arguments; max Infinity for "1 or more". */
  args: readonly [number, number];
  /** `on`/`off` only. */
  flag?: boolean;
  /** First nginx version that knows the directive. */
  since?: string;
}

const MAIN: readonly Context[] = ['main'];
const HTTP: readonly Context[] = ['http'];
const SERVER: readonly Context[] = ['server'];
const HSL: readonly Context[] = ['http', 'server', 'location'];
const HSLI: readonly Context[] = ['http', 'server', 'location', 'if'];
const SLI: readonly Context[] = ['server', 'location', 'if'];
const ANY: readonly Context[] = ['main', 'events', 'http', 'server', 'location', 'if', 'upstream'];
const ONE: readonly [number, number] = [1, 1];
const MANY: readonly [number, number] = [1, Number.POSITIVE_INFINITY];

const flag = (contexts: readonly Context[]): Directive => ({ contexts, args: ONE, flag: true });
const one = (contexts: readonly Context[]): Directive => ({ contexts, args: ONE });
const many = (contexts: readonly Context[]): Directive => ({ contexts, args: MANY });
const range = (contexts: readonly Context[], min: number, max: number): Directive => ({
  contexts,
  args: [min, max],
});
const block = (contexts: readonly Context[], min = 0, max = 0): Directive => ({
  contexts,
  block: true,
  args: [min, max],
});

export const DIRECTIVES: Readonly<Record<string, Directive>> = {
  // core (main and events)
  user: range(MAIN, 1, 2),
  worker_processes: one(MAIN),
  worker_rlimit_nofile: one(MAIN),
  pid: one(MAIN),
  daemon: flag(MAIN),
  master_process: flag(MAIN),
  load_module: one(MAIN),
  pcre_jit: flag(MAIN),
  env: one(MAIN),
  include: one(ANY),
  error_log: many(['main', 'http', 'server', 'location']),
  events: block(MAIN),
  worker_connections: one(['events']),
  multi_accept: flag(['events']),
  use: one(['events']),
  http: block(MAIN),
  // http core
  server: block(HTTP),
  location: block(['server', 'location'], 1, 2),
  listen: many(SERVER),
  server_name: many(SERVER),
  root: one(HSLI),
  alias: one(['location']),
  index: many(HSL),
  try_files: { contexts: ['server', 'location'], args: [2, Number.POSITIVE_INFINITY] },
  types: block(HSL),
  map: block(HTTP, 2, 2),
  default_type: one(HSL),
  sendfile: flag(HSLI),
  tcp_nopush: flag(HSL),
  tcp_nodelay: flag(HSL),
  keepalive_timeout: range(HSL, 1, 2),
  keepalive_requests: one(HSL),
  client_max_body_size: one(HSL),
  client_body_timeout: one(HSL),
  client_header_timeout: one(['http', 'server']),
  send_timeout: one(HSL),
  server_tokens: flag(HSL),
  types_hash_max_size: one(HSL),
  server_names_hash_bucket_size: one(HTTP),
  server_names_hash_max_size: one(HTTP),
  error_page: { contexts: HSLI, args: [2, Number.POSITIVE_INFINITY] },
  internal: { contexts: ['location'], args: [0, 0] },
  autoindex: flag(HSL),
  allow: one(['http', 'server', 'location']),
  deny: one(['http', 'server', 'location']),
  resolver: many(HSL),
  charset: one(HSLI),
  http2: { ...flag(['http', 'server']), since: '1.25.1' },
  http3: { ...flag(['http', 'server']), since: '1.25.0' },
  // logging
  access_log: many(HSLI),
  log_format: { contexts: HTTP, args: [2, Number.POSITIVE_INFINITY] },
  // rewrite
  return: range(SLI, 1, 2),
  rewrite: range(SLI, 2, 3),
  set: range(SLI, 2, 2),
  if: block(['server', 'location'], 1, Number.POSITIVE_INFINITY),
  break: { contexts: SLI, args: [0, 0] },
  // headers and expiry
  add_header: range(HSLI, 2, 3),
  expires: range(HSLI, 1, 2),
  // proxy
  proxy_pass: one(['location', 'if']),
  proxy_set_header: range(HSL, 2, 2),
  proxy_read_timeout: one(HSL),
  proxy_connect_timeout: one(HSL),
  proxy_send_timeout: one(HSL),
  proxy_http_version: one(HSL),
  proxy_buffering: flag(HSL),
  proxy_redirect: range(HSL, 1, 2),
  proxy_next_upstream: many(HSL),
  proxy_ssl_verify: flag(HSL),
  proxy_ssl_server_name: flag(HSL),
  proxy_ssl_trusted_certificate: one(HSL),
  // ssl
  ssl: flag(['http', 'server']),
  ssl_certificate: one(['http', 'server']),
  ssl_certificate_key: one(['http', 'server']),
  ssl_protocols: many(['http', 'server']),
  ssl_ciphers: one(['http', 'server']),
  ssl_prefer_server_ciphers: flag(['http', 'server']),
  ssl_session_cache: range(['http', 'server'], 1, 2),
  ssl_session_timeout: one(['http', 'server']),
  ssl_session_tickets: flag(['http', 'server']),
  ssl_dhparam: one(['http', 'server']),
  ssl_stapling: flag(['http', 'server']),
  // gzip
  gzip: flag(HSLI),
  gzip_vary: flag(HSL),
  gzip_proxied: many(HSL),
  gzip_comp_level: one(HSL),
  gzip_types: many(HSL),
  gzip_min_length: one(HSL),
  // upstream
  upstream: block(HTTP, 1, 1),
  keepalive: one(['upstream']),
  least_conn: { contexts: ['upstream'], args: [0, 0] },
  ip_hash: { contexts: ['upstream'], args: [0, 0] },
  zone: range(['upstream'], 1, 2),
  // limits
  limit_req_zone: { contexts: HTTP, args: [3, 4] },
  limit_req: range(HSL, 1, 3),
  limit_conn_zone: range(HTTP, 2, 2),
  limit_conn: range(HSL, 2, 2),
};

/** A deprecation nginx warns about (not in the package catalog, which lists what breaks). */
export interface Deprecation {
  directive: string;
  since: string;
  /** Removed in this version: from then on the catalog's breaking change applies. */
  until: string;
  message: string;
}

export const DEPRECATIONS: readonly Deprecation[] = [
  {
    directive: 'ssl',
    since: '1.15.0',
    until: '1.25.1',
    message: 'the "ssl" directive is deprecated, use the "listen ... ssl" directive instead',
  },
];

/** Blocks whose lines are data (`text/html html;`), not directives. */
export const DATA_BLOCKS: ReadonlySet<string> = new Set(['types', 'map']);
