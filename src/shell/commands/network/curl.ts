import { safeTerminalText } from '../../format/safeText';
import { FS_ERROR_TEXT, writeAs } from '../../fs';
import { getopt, type OptionError } from '../../text/getopt';
import { type CommandContext, type CommandResult, type CommandSpec, fail, ok } from '../../types';
import { serverOf } from '../system/host';
import { type Fetched, fetchUrl } from './http';
import { parseUrl, resolveLocation, type Url } from './url';

const HELP = `Usage: curl [options...] <url>
 -d, --data <data>          HTTP POST data
 -f, --fail                 Fail fast with no output on HTTP errors
 -h, --help <category>      Get help for commands
 -i, --include              Include protocol response headers in the output
 -I, --head                 Show document info only
 -k, --insecure             Allow insecure server connections
 -L, --location             Follow redirects
 -o, --output <file>        Write to file instead of stdout
 -O, --remote-name          Write output to a file named as the remote file
 -s, --silent               Silent mode
 -S, --show-error           Show error even when -s is used
 -v, --verbose              Make the operation more talkative
 -w, --write-out <format>   Use output FORMAT after completion
 -V, --version              Show version number and quit

This is not the full help, this menu is stripped into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`;

const VERSION = `curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.11 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13
Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u5
Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp
Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd
`;

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

const LONG = [
  ['head', 'I'],
  ['include', 'i'],
  ['silent', 's'],
  ['show-error', 'S'],
  ['output', 'o', 'required'],
  ['remote-name', 'O'],
  ['insecure', 'k'],
  ['location', 'L'],
  ['verbose', 'v'],
  ['fail', 'f'],
  ['request', 'X', 'required'],
  ['header', 'H', 'required'],
  ['max-time', 'm', 'required'],
  ['connect-timeout', 'connect-timeout', 'required'],
  ['write-out', 'w', 'required'],
  ['user-agent', 'A', 'required'],
  ['data', 'd', 'required'],
  ['user', 'u', 'required'],
  ['version', 'V'],
  ['help', 'h'],
  ['no-progress-meter', 'no-progress-meter'],
  ['http1.1', 'http1.1'],
  ['ipv4', '4'],
] as const;

function usageError(e: OptionError): CommandResult {
  const name =
    e.kind === 'invalid' || e.kind === 'needs-arg-short'
      ? `-${e.char}`
      : 'text' in e
        ? e.text
        : `--${e.name}`;
  const problem = e.kind.startsWith('needs-arg') ? 'requires parameter' : 'is unknown';
  return fail(`curl: option ${name.replace(/=.*/, '')}: ${problem}\n${TRY}`, 2);
}

interface Flags {
  has(key: string): boolean;
  value(key: string): string | undefined;
}

/** `-v`: the connection, the request and the response headers, on stderr. */
function verbose(url: Url, got: Fetched, method: string): string {
  const lines: string[] = [];
  if (got.ip === undefined) return `* Could not resolve host: ${url.host}\n* Closing connection 0\n`;
  lines.push(`*   Trying ${got.ip}:${url.port}...`);
  if (got.kind === 'error' && (got.code === 7 || got.code === 28)) {
    if (got.code === 7) lines.push(`* connect to ${got.ip} port ${url.port} failed: Connection refused`);
    lines.push(`* ${got.lines[0]?.replace(/^curl: \(\d+\) /, '')}`, '* Closing connection 0');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`* Connected to ${url.host} (${got.ip}) port ${url.port} (#0)`);
  if (url.scheme === 'https' && got.kind === 'response') {
    lines.push(
      '* ALPN: offers h2,http/1.1',
      '*  CAfile: /etc/ssl/certs/ca-certificates.crt',
      '*  CApath: /etc/ssl/certs',
    );
    lines.push('* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384', '* ALPN: server accepted http/1.1');
    lines.push(
      '* Server certificate:',
      `*  subject: ${got.subject ?? `CN=${url.host}`}`,
      '*  issuer: CN=DriftLab Lab CA',
    );
  }
  lines.push(
    `> ${method} ${url.path} HTTP/1.1`,
    `> Host: ${url.host}`,
    '> User-Agent: curl/7.88.1',
    '> Accept: */*',
    '> ',
  );
  if (got.kind === 'response')
    lines.push(...got.headers.map((h) => `< ${h}`), '< ', `* Connection #0 to host ${url.host} left intact`);
  return `${lines.join('\n')}\n`;
}

/** curl's progress meter, printed when the body goes to a file: everything arrived at once. */
function meter(size: number): string {
  const speed = size * 1000 < 100_000 ? String(size * 1000) : `${Math.round((size * 1000) / 1024)}k`;
  const p5 = (s: string | number) => String(s).padStart(5);
  return [
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
    '                                 Dload  Upload   Total   Spent    Left  Speed',
    `100 ${p5(size)}  100 ${p5(size)}    0     0 ${String(speed).padStart(6)}      0 --:--:-- --:--:-- --:--:-- ${p5(speed)}`,
    '',
  ].join('\n');
}

function writeOut(format: string, status: number, url: Url): string {
  return format
    .replaceAll(/%\{(http_code|response_code)\}/g, String(status).padStart(3, '0'))
    .replaceAll('%{url_effective}', url.href)
    .replaceAll('%{time_total}', '0.004512')
    .replaceAll('\\n', '\n')
    .replaceAll('\\t', '\t');
}

/** One URL: requests (following redirects with -L), then what goes to the output and what to stderr. */
function transfer(
  ctx: CommandContext,
  raw: string,
  flags: Flags,
): { out: string; err: string; code: number; written?: string } {
  const from = serverOf(ctx);
  const parsed = parseUrl(raw);
  const quiet = flags.has('s') && !flags.has('S');
  const method = flags.value('X') ?? (flags.has('I') ? 'HEAD' : flags.has('d') ? 'POST' : 'GET');
  if ('code' in parsed)
    return { out: '', err: quiet ? '' : `curl: (${parsed.code}) ${parsed.message}\n`, code: parsed.code };
  if (!from) return { out: '', err: '', code: 7 };
  let url = parsed;
  let out = '';
  let err = '';
  for (let hop = 0; hop <= 50; hop++) {
    const got = fetchUrl(ctx.state.world, from, url, flags.has('k'));
    if (flags.has('v')) err += verbose(url, got, method);
    if (got.kind === 'error')
      return { out, err: err + (quiet ? '' : `${got.lines.join('\n')}\n`), code: got.code };
    const headers = `${got.headers.join('\n')}\n\n`;
    const location = got.headers.find((h) => h.toLowerCase().startsWith('location: '))?.slice(10);
    const follow = flags.has('L') && got.status >= 300 && got.status < 400 && location;
    if (flags.has('f') && got.status >= 400) {
      const e = `curl: (22) The requested URL returned error: ${got.status}\n`;
      return { out, err: err + (quiet ? '' : e), code: 22 };
    }
    if (flags.has('I') || flags.has('i')) out += headers;
    if (follow) {
      const next = parseUrl(resolveLocation(url, location));
      if ('code' in next)
        return { out, err: err + (quiet ? '' : `curl: (${next.code}) ${next.message}\n`), code: next.code };
      url = next;
      continue;
    }
    if (!flags.has('I')) out += got.body;
    const w = flags.value('w');
    // -w goes to standard output even when the body goes to a file.
    return { out, err, code: 0, written: w === undefined ? undefined : writeOut(w, got.status, url) };
  }
  return { out, err: `${err}curl: (47) Maximum (50) redirects followed\n`, code: 47 };
}

/** `-O`: the last segment of the URL's path (`''` for `/`). */
function remoteName(raw: string): string {
  const url = parseUrl(raw);
  return 'code' in url
    ? ''
    : (url.path
        .replace(/[?#].*$/, '')
        .split('/')
        .pop() ?? '');
}

export const curlCommand: CommandSpec = {
  name: 'curl',
  summary: 'transfer a URL',
  usage: 'curl [-I] [-i] [-s] [-k] [-L] [-v] [-o FILE] URL...',
  options: ['-I', '-i', '-s', '-k', '-L', '-v', '-o', '-f'],
  availableOn: (server) => Boolean(server.packages.curl),
  run: (ctx) => {
    const parsed = getopt(ctx.args, {
      short: 'IisSo:OkLvfX:H:m:w:A:d:u:Vh4',
      long: LONG.map(([name, key, arg]) => ({ name, key, arg: arg ?? 'none' })),
    });
    if (!parsed.ok) return usageError(parsed.error);
    const values = new Map(parsed.options.map((o) => [o.key, o.value]));
    const flags: Flags = { has: (k) => values.has(k), value: (k) => values.get(k) };
    if (flags.has('h')) return ok(HELP);
    if (flags.has('V')) return ok(VERSION);
    if (parsed.operands.length === 0) return fail(`curl: no URL specified!\n${TRY}`, 2);
    let stdout = '';
    let stderr = '';
    let code = 0;
    let world = ctx.state.world;
    for (const raw of parsed.operands) {
      const t = transfer({ ...ctx, state: { ...ctx.state, world } }, raw, flags);
      stderr += t.err;
      code = t.code;
      const file = flags.value('o') ?? (flags.has('O') ? remoteName(raw) : undefined);
      const after = t.written ?? '';
      if (file === undefined) {
        stdout += safeTerminalText(t.out) + after;
        continue;
      }
      if (file === '')
        return {
          stdout,
          stderr: `${stderr}curl: Remote file name has no length!\n${TRY}`,
          exitCode: 23,
          world,
        };
      const written = writeAs(
        world,
        ctx.session.host,
        ctx.session.cwd,
        file,
        t.out,
        false,
        ctx.user,
        ctx.actor,
      );
      if (!written.ok) {
        const why = FS_ERROR_TEXT[written.error];
        return {
          stdout,
          stderr: `${stderr}Warning: Failed to open the file ${file}: ${why}\ncurl: (23) Failure writing output to destination\n`,
          exitCode: 23,
          world,
        };
      }
      world = written.world;
      stdout += after;
      if (!flags.has('s') && !flags.has('v') && !flags.has('no-progress-meter'))
        stderr = meter(new TextEncoder().encode(t.out).length) + stderr;
    }
    return { stdout, stderr, exitCode: code, world };
  },
};
