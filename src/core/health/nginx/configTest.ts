/**
 * `nginx -t` on a Debian server: parse /etc/nginx/nginx.conf and its includes with the installed nginx's
 * rules (the catalog's breaking changes included), then load the certificates, as nginx does.
 */
import type { FsNode, Server } from '../../model/types';
import { breakingChanges, compareVersions, upstreamVersion } from '../../packages';
import { DEPRECATIONS, DIRECTIVES, type Directive } from './directives';
import { Emergency, emerg } from './emergency';
import { emptyConfig, type NginxConfig, type ServerBlock } from './statements';
import { type WalkOptions, walkConfig } from './walk';

export const NGINX_CONF = '/etc/nginx/nginx.conf';
const SYNTAX_OK = `nginx: the configuration file ${NGINX_CONF} syntax is ok`;
const TEST_OK = `nginx: configuration file ${NGINX_CONF} test is successful`;
export const TEST_FAILED = `nginx: configuration file ${NGINX_CONF} test failed`;

export interface NginxTestResult {
  ok: boolean;
  /** What `nginx -t` prints (on stderr), line by line. */
  output: string[];
  /** The nginx package version the rules come from, or null when nginx is not installed. */
  version: string | null;
  /** The first `[emerg]`, where nginx stopped. */
  error?: { message: string; file?: string; line?: number };
  /** The parsed configuration, when it parsed. */
  config?: NginxConfig;
}

/** The installed nginx: nginx.org's single `nginx` package or Debian's `nginx-core`. */
export function nginxVersion(server: Pick<Server, 'packages'>): string | null {
  const pkg = server.packages.nginx ?? server.packages['nginx-core'];
  return pkg?.version ?? null;
}

function knownIn(version: string, removed: ReadonlySet<string>): (name: string) => Directive | undefined {
  const upstream = upstreamVersion(version);
  // Asked once per statement of every server's configuration: each name is judged once per version.
  const judged = new Map<string, Directive | undefined>();
  return (name) => {
    if (judged.has(name)) return judged.get(name);
    const d = Object.hasOwn(DIRECTIVES, name) ? DIRECTIVES[name] : undefined;
    const known =
      !d || removed.has(name) || (d.since && compareVersions(upstream, d.since) < 0) ? undefined : d;
    if (judged.size < 1024) judged.set(name, known); // names typed into a file are not bounded
    return known;
  };
}

type Rules = Omit<WalkOptions, 'fs'>;
const rulesByVersion = new Map<string, Rules>();

/** What a version of nginx accepts, warns about and refuses; the same for every server that runs it. */
function rulesFor(version: string): Rules {
  let rules = rulesByVersion.get(version);
  if (!rules) {
    const breaking = breakingChanges('nginx', version);
    const removed = new Set(breaking.filter((b) => b.kind === 'directive-removed').map((b) => b.directive));
    const upstream = upstreamVersion(version);
    const deprecations = DEPRECATIONS.filter(
      (d) => compareVersions(upstream, d.since) >= 0 && compareVersions(upstream, d.until) < 0,
    );
    rules = { known: knownIn(version, removed), breaking, deprecations };
    rulesByVersion.set(version, rules);
  }
  return rules;
}

const PEM_CERT = '-----BEGIN CERTIFICATE-----';
const OPENSSL_ENOENT = (path: string) =>
  `BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(${path}, r) error:10000080:BIO routines::no such file)`;

function loadCertificate(fs: Readonly<Record<string, FsNode>>, block: ServerBlock, http: ServerBlock): void {
  const cert = block.certificate ?? http.certificate;
  const key = block.certificateKey ?? http.certificateKey;
  if (cert === undefined) {
    const { sslOn } = block;
    if (sslOn) emerg('no "ssl_certificate" is defined for the "ssl" directive', sslOn.file, sslOn.line);
    const listen = block.listens.find((l) => l.ssl);
    if (listen)
      emerg('no "ssl_certificate" is defined for the "listen ... ssl" directive', listen.file, listen.line);
    return;
  }
  if (key === undefined) emerg(`no "ssl_certificate_key" is defined for certificate "${cert}"`);
  const certNode = fs[cert];
  if (certNode?.kind !== 'file') emerg(`cannot load certificate "${cert}": ${OPENSSL_ENOENT(cert)}`);
  if (!certNode.content.includes(PEM_CERT)) {
    emerg(
      `cannot load certificate "${cert}": PEM_read_bio_X509_AUX() failed (SSL: error:0480006C:PEM routines::no start line:Expecting: TRUSTED CERTIFICATE)`,
    );
  }
  const keyNode = fs[key];
  if (keyNode?.kind !== 'file') emerg(`cannot load certificate key "${key}": ${OPENSSL_ENOENT(key)}`);
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(keyNode.content)) {
    emerg(
      `cannot load certificate key "${key}": PEM_read_bio_PrivateKey() failed (SSL: error:1E08010C:DECODER routines::unsupported:No supported data to decode. Input type: PEM)`,
    );
  }
}

function runTest(fs: Readonly<Record<string, FsNode>>, version: string): NginxTestResult {
  const config = emptyConfig();
  try {
    walkConfig(NGINX_CONF, { fs, ...rulesFor(version) }, config);
    for (const block of config.servers) loadCertificate(fs, block, config.http);
    return { ok: true, output: [...config.warnings, SYNTAX_OK, TEST_OK], version, config };
  } catch (e) {
    if (!(e instanceof Emergency)) throw e;
    const error = { message: e.message, ...(e.file === undefined ? {} : { file: e.file, line: e.line }) };
    return { ok: false, output: [...config.warnings, e.text, TEST_FAILED], version, error };
  }
}

// The result depends only on the files and the version: servers that did not change keep their answer.
const cache = new WeakMap<object, Map<string, NginxTestResult>>();

/** What `nginx -t` says on this server. Not installed: `ok: false`, no output (the shell says "command not found"). */
export function nginxConfigTest(server: Pick<Server, 'packages' | 'fs'>): NginxTestResult {
  const version = nginxVersion(server);
  if (version === null) return { ok: false, output: [], version: null };
  let byVersion = cache.get(server.fs);
  if (!byVersion) {
    byVersion = new Map();
    cache.set(server.fs, byVersion);
  }
  let result = byVersion.get(version);
  if (!result) {
    result = runTest(server.fs, version);
    byVersion.set(version, result);
  }
  return result;
}
