import { deploymentHealth, type Server, type World } from '../../../core';
import { shopPage, shopUnavailable } from '../../../core/health/pages';
import { acceptor } from '../system/sockets';
import { nginxPage, type Response, staticFile } from './nginxPages';
import { nginxSites, pickSite } from './nginxSites';
import { reachable, resolveName } from './resolve';
import type { Url } from './url';

/** What a request got: an HTTP answer, or curl's error (exit code and the lines it prints). */
export type Fetched =
  | ({ kind: 'response'; ip: string; subject?: string } & Response)
  | { kind: 'error'; code: number; lines: string[]; ip?: string };

const TLS_HELP = [
  'More details here: https://curl.se/docs/sslcerts.html',
  '',
  'curl failed to verify the legitimacy of the server and therefore could not',
  'establish a secure connection to it. To learn more about this situation and',
  'how to fix it, please visit the web page mentioned above.',
];

function error(code: number, message: string, ip?: string, more: string[] = []): Fetched {
  return { kind: 'error', code, lines: [`curl: (${code}) ${message}`, ...more], ip };
}

/** `curl: (60) SSL certificate problem: certificate has expired` → 60, as printed by the core's visitor view. */
function codeOf(line: string | undefined): number {
  return Number(/^curl: \((\d+)\)/.exec(line ?? '')?.[1] ?? 7);
}

/**
 * What a visitor of `server`'s HTTPS site sees, from the core's deployment health: the balancer with its
 * backends, or an app server visited directly (its environment reduced to it). TLS was already checked here
 * (or skipped with -k), so the certificate no longer matters to the answer.
 */
function visitorAnswer(world: World, server: Server): Response | { curlError: string[] } {
  const order = world.order.filter((h) => {
    const s = world.servers[h];
    if (!s || s.env !== server.env || h === server.hostname) return true;
    return server.role === 'lb' ? s.role !== 'lb' : s.role !== 'lb' && s.role !== 'web';
  });
  const certificates = Object.fromEntries(
    Object.entries(server.certificates).map(([p, c]) => [
      p,
      { ...c, notAfter: Math.max(c.notAfter, world.now + 86_400_000) },
    ]),
  );
  const reduced = {
    ...world,
    order,
    servers: { ...world.servers, [server.hostname]: { ...server, certificates } },
  };
  const view = deploymentHealth(reduced, server.env)?.visitor;
  if (!view) return nginxPage('502 Bad Gateway', server, world.now);
  if (view.httpStatus === null) return { curlError: view.curlError };
  return { status: view.httpStatus, headers: view.headers, body: view.body };
}

/** The shop app answering on its own port, without nginx in front. */
function appAnswer(world: World, server: Server): Response {
  const release = server.packages.loja?.version ?? 'unknown';
  const health = deploymentHealth(world, server.env);
  const backend = health?.backends.find((b) => b.host === server.hostname);
  const schemaOk = !backend?.reasons.some((r) => r.code === 'SCHEMA_MISMATCH');
  const page =
    health?.database?.up && schemaOk
      ? shopPage(release, server.hostname, `loja/${release}`, world.now)
      : shopUnavailable(`loja/${release}`, world.now);
  return { status: page.status, headers: page.headers, body: page.body };
}

function certificateProblem(
  world: World,
  server: Server,
  certificate: string | undefined,
  host: string,
): string | undefined {
  const cert = certificate ? server.certificates[certificate] : undefined;
  if (!cert) return 'SSL certificate problem: self-signed certificate';
  if (cert.notAfter < world.now) return 'SSL certificate problem: certificate has expired';
  if (cert.subject !== `CN=${host}`)
    return `SSL: no alternative certificate subject name matches target host name '${host}'`;
  return undefined;
}

function nginxAnswer(
  world: World,
  server: Server,
  url: Url,
  tls: boolean,
  insecure: boolean,
  ip: string,
): Fetched {
  const now = world.now;
  const block = pickSite(nginxSites(server), url.port, url.host);
  const subject = block?.certificate ? server.certificates[block.certificate]?.subject : undefined;
  const done = (r: Response): Fetched => ({ kind: 'response', ip, subject, ...r });
  if (url.scheme === 'https' && !tls)
    return error(35, 'error:0A00010B:SSL routines::wrong version number', ip);
  if (url.scheme === 'http' && tls)
    return done(
      nginxPage('400 Bad Request', server, now, [], 'The plain HTTP request was sent to HTTPS port'),
    );
  if (url.scheme === 'https' && !insecure) {
    const problem = certificateProblem(world, server, block?.certificate, url.host);
    if (problem) return error(60, problem, ip, TLS_HELP);
  }
  if (!block) return done(nginxPage('404 Not Found', server, now));
  if (block.ret) {
    const target = block.ret.target
      .replaceAll('$host', url.host)
      .replaceAll('$server_name', block.names[0] ?? url.host)
      .replaceAll('$request_uri', url.path)
      .replaceAll('$scheme', url.scheme);
    const reasons: Record<number, string> = {
      301: 'Moved Permanently',
      302: 'Moved Temporarily',
      404: 'Not Found',
    };
    const status = `${block.ret.code} ${reasons[block.ret.code] ?? 'Found'}`;
    return done(nginxPage(status, server, now, block.ret.code < 400 ? [`Location: ${target}`] : []));
  }
  const file = staticFile(server, block, url.path, now);
  if (file) return done(file);
  const answer = visitorAnswer(world, server);
  if ('curlError' in answer)
    return { kind: 'error', code: codeOf(answer.curlError[0]), lines: answer.curlError, ip };
  return done(answer);
}

/** One HTTP request from `from`, through name resolution, the network, the listening socket and the service. */
export function fetchUrl(world: World, from: Server, url: Url, insecure: boolean): Fetched {
  const target = resolveName(world, from, url.host);
  if (!target) return error(6, `Could not resolve host: ${url.host}`);
  const { ip, server } = target;
  if (!server || !reachable(from, server))
    return error(
      28,
      `Failed to connect to ${url.host} port ${url.port} after 133097 ms: Couldn't connect to server`,
      ip,
    );
  const local = server.hostname === from.hostname;
  const listener = acceptor(server, url.port, ip, local);
  if (!listener)
    return error(
      7,
      `Failed to connect to ${url.host} port ${url.port} after ${local ? 0 : 2} ms: Couldn't connect to server`,
      ip,
    );
  if (listener.unit === 'nginx') return nginxAnswer(world, server, url, listener.tls, insecure, ip);
  if (url.scheme === 'https') return error(35, 'error:0A00010B:SSL routines::wrong version number', ip);
  if (listener.unit === 'loja') return { kind: 'response', ip, ...appAnswer(world, server) };
  if (listener.unit === 'ssh') return error(1, 'Received HTTP/0.9 when not allowed', ip);
  return error(52, 'Empty reply from server', ip);
}
