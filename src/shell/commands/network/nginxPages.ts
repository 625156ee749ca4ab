import { httpDate, nginxConfigTest, nginxVersion, type Server } from '../../../core';
import { canAccess } from '../../permissions';
import { pickLocation, type SiteBlock } from './nginxSites';

/** An HTTP answer as curl shows it: the status line and headers (without line ends), then the body. */
export interface Response {
  status: number;
  headers: string[];
  body: string;
}

/** `nginx/1.22.1`, or `nginx` with `server_tokens off;`. */
export function nginxSignature(server: Server): string {
  const version = nginxVersion(server);
  const hidden = nginxConfigTest(server).config?.serverTokens === false;
  return hidden || !version ? 'nginx' : `nginx/${version.replace(/^\d+:/, '').replace(/-[^-]+$/, '')}`;
}

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function response(
  status: string,
  server: string,
  now: number,
  type: string,
  body: string,
  extra: string[] = [],
): Response {
  const headers = [
    `HTTP/1.1 ${status}`,
    `Server: ${server}`,
    `Date: ${httpDate(now)}`,
    `Content-Type: ${type}`,
    `Content-Length: ${bytes(body)}`,
    'Connection: keep-alive',
    ...extra,
  ];
  return { status: Number(status.slice(0, 3)), headers, body };
}

/** nginx's built-in page for a status (`301 Moved Permanently`), with an optional detail line. */
export function nginxPage(
  status: string,
  server: Server,
  now: number,
  extra: string[] = [],
  detail?: string,
): Response {
  const signature = nginxSignature(server);
  const title = detail ? `${status.slice(0, 3)} ${detail}` : status;
  const lines = [
    '<html>',
    `<head><title>${title}</title></head>`,
    '<body>',
    `<center><h1>${status}</h1></center>`,
    ...(detail ? [`<center>${detail}</center>`] : []),
    `<hr><center>${signature}</center>`,
    '</body>',
    '</html>',
  ];
  const res = response(status, signature, now, 'text/html', `${lines.join('\n')}\n`, extra);
  // nginx ends these lines with CRLF: one more byte per line than the text shown.
  res.headers[4] = `Content-Length: ${bytes(res.body) + lines.length}`;
  return res;
}

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
  txt: 'text/plain',
};

/** A file nginx serves from `root`/`alias`, read as its worker user (www-data) would. */
export function staticFile(
  server: Server,
  block: SiteBlock,
  path: string,
  now: number,
): Response | undefined {
  const loc = pickLocation(block, path);
  const base = loc?.alias ?? loc?.root ?? (loc?.proxyPass ? undefined : block.root);
  if (base === undefined) return undefined;
  const rel = loc?.alias ? path.slice(loc.prefix.length) : path;
  const target = `${base.replace(/\/$/, '')}/${rel.replace(/^\//, '')}`.replace(/\/+/g, '/');
  const candidates = target.endsWith('/') ? block.index.map((i) => `${target}${i}`) : [target];
  const file = candidates.find((c) => server.fs[c]?.kind === 'file');
  const node = file ? server.fs[file] : undefined;
  if (!file || node?.kind !== 'file') return nginxPage('404 Not Found', server, now);
  if (!canAccess(server, node, 'www-data', 'r')) return nginxPage('403 Forbidden', server, now);
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const etag = `"${Math.floor(node.mtime / 1000).toString(16)}-${bytes(node.content).toString(16)}"`;
  return response(
    '200 OK',
    nginxSignature(server),
    now,
    TYPES[ext] ?? 'application/octet-stream',
    node.content,
    [`Last-Modified: ${httpDate(node.mtime)}`, `ETag: ${etag}`, 'Accept-Ranges: bytes'],
  );
}
