/**
 * The responses a visitor of the shop can get: the shop's page, the shop's "unavailable" page, and nginx's
 * own 502 page, each with the headers `curl -I` shows.
 */
import { httpDate } from './httpDate';

export interface HttpResponse {
  status: 200 | 502 | 503;
  statusText: string;
  title: string;
  /** The HTML as `curl` prints it. */
  body: string;
  /** What `curl -I` prints, status line first. */
  headers: string[];
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function headers(
  status: string,
  server: string,
  now: number,
  type: string,
  length: number,
  extra: readonly string[] = [],
): string[] {
  return [
    `HTTP/1.1 ${status}`,
    `Server: ${server}`,
    `Date: ${httpDate(now)}`,
    `Content-Type: ${type}`,
    `Content-Length: ${length}`,
    'Connection: keep-alive',
    ...extra,
  ];
}

/** nginx's error page; `server` is `nginx`, or `nginx/1.22.1` unless `server_tokens off;`. */
export function badGateway(server: string, now: number): HttpResponse {
  const title = '502 Bad Gateway';
  const lines = [
    '<html>',
    `<head><title>${title}</title></head>`,
    '<body>',
    `<center><h1>${title}</h1></center>`,
    `<hr><center>${server}</center>`,
    '</body>',
    '</html>',
  ];
  const body = `${lines.join('\n')}\n`;
  // nginx ends these lines with CRLF: one more byte per line than the text shown.
  const length = utf8Length(body) + lines.length;
  return {
    status: 502,
    statusText: 'Bad Gateway',
    title,
    body,
    headers: headers(`502 Bad Gateway`, server, now, 'text/html', length),
  };
}

function lojaResponse(
  status: 200 | 503,
  title: string,
  main: readonly string[],
  server: string,
  now: number,
  extra: readonly string[],
): HttpResponse {
  const body = [
    '<!DOCTYPE html>',
    '<html lang="pt-BR">',
    `<head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/static/app.css"></head>`,
    '<body>',
    ...main,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const statusText = status === 200 ? 'OK' : 'Service Unavailable';
  return {
    status,
    statusText,
    title,
    body,
    headers: headers(
      `${status} ${statusText}`,
      server,
      now,
      'text/html; charset=utf-8',
      utf8Length(body),
      extra,
    ),
  };
}

/** The shop's home page, naming the release and the backend that served it (its footer). */
export function shopPage(release: string, backend: string, server: string, now: number): HttpResponse {
  const main = [
    '<header><h1>Loja</h1><nav><a href="/produtos">Produtos</a> · <a href="/carrinho">Carrinho</a></nav></header>',
    '<main><h2>Ofertas da semana</h2><p>Frete grátis acima de R$ 199.</p></main>',
    `<footer>loja ${release} · ${backend}</footer>`,
  ];
  return lojaResponse(200, 'Loja — Início', main, server, now, [`X-Loja-Release: ${release}`]);
}

/** What the shop answers when it runs but cannot use its database. */
export function shopUnavailable(server: string, now: number): HttpResponse {
  const main = [
    '<main><h1>Loja temporariamente indisponível</h1><p>Tente novamente em alguns minutos.</p></main>',
  ];
  return lojaResponse(503, 'Loja indisponível', main, server, now, ['Retry-After: 30']);
}
