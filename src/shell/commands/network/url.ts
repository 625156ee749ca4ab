/** The parts of a URL curl needs; curl assumes http:// when the scheme is left out. */
export interface Url {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** Path and query, as sent in the request line (`/` at least). */
  path: string;
  /** The URL as curl shows it after normalising (`http://localhost/`). */
  href: string;
}

export type UrlError = { code: number; message: string };

export function parseUrl(raw: string): Url | UrlError {
  const m =
    /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)(?::([^/?#]*))?([^#]*)/.exec(raw);
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    return { code: 1, message: `Protocol "${scheme}" not supported or disabled in libcurl` };
  const host = (m?.[2] ?? '').toLowerCase();
  const portText = m?.[3];
  if (!m || host === '' || /\s/.test(host))
    return { code: 3, message: 'URL using bad/illegal format or missing URL' };
  if (portText !== undefined && !/^\d{1,5}$/.test(portText))
    return { code: 3, message: 'URL using bad/illegal format or missing URL' };
  const port = portText ? Number(portText) : scheme === 'https' ? 443 : 80;
  if (port > 65_535) return { code: 3, message: 'URL using bad/illegal format or missing URL' };
  const rest = m[4] ?? '';
  const path = rest.startsWith('/') ? rest : `/${rest}`;
  const shownPort = portText ? `:${port}` : '';
  return { scheme, host, port, path, href: `${scheme}://${host}${shownPort}${path}` };
}

/** Resolves a `Location:` against the URL it came from. */
export function resolveLocation(base: Url, location: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(location)) return location;
  const origin = `${base.scheme}://${base.host}${base.port === (base.scheme === 'https' ? 443 : 80) ? '' : `:${base.port}`}`;
  return location.startsWith('/')
    ? `${origin}${location}`
    : `${origin}${base.path.replace(/[^/]*$/, '')}${location}`;
}
