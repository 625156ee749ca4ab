import { describe, expect, it } from 'vitest';
import { editFile, freshFrota, server, setFile, withNginx126 } from '../testkit';
import { nginxConfigTest } from './configTest';

const SITE = '/etc/nginx/sites-enabled/loja';
const OK = [
  'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
  'nginx: configuration file /etc/nginx/nginx.conf test is successful',
];
const FAILED = 'nginx: configuration file /etc/nginx/nginx.conf test failed';

function testOn(edit: (text: string) => string, path = SITE, host = 'web-01') {
  return nginxConfigTest(server(editFile(freshFrota(), host, path, edit), host));
}

describe('nginx -t', () => {
  it('passes on the provisioned load balancer with nginx’s two success lines', () => {
    expect(nginxConfigTest(server(freshFrota(), 'lb-01'))).toMatchObject({ ok: true, output: OK });
  });

  it('warns that `ssl on;` is deprecated on Debian’s nginx 1.22 but passes', () => {
    const result = nginxConfigTest(server(freshFrota(), 'web-01'));
    expect(result.ok).toBe(true);
    expect(result.output).toEqual([
      'nginx: [warn] the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/sites-enabled/loja:4',
      ...OK,
    ]);
  });

  it('fails on nginx 1.26 with the site’s `ssl on;`, with the exact two lines', () => {
    const result = nginxConfigTest(server(withNginx126(freshFrota(), 'web-01'), 'web-01'));
    expect(result.ok).toBe(false);
    expect(result.output).toEqual([
      'nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:4',
      FAILED,
    ]);
    expect(result.error).toEqual({ message: 'unknown directive "ssl"', file: SITE, line: 4 });
  });

  it('passes on nginx 1.26 once `listen 443 ssl;` replaces `ssl on;`', () => {
    let world = withNginx126(freshFrota(), 'web-01');
    world = editFile(world, 'web-01', SITE, (t) =>
      t.replace('listen 443;', 'listen 443 ssl;').replace('\tssl on;\n', ''),
    );
    const result = nginxConfigTest(server(world, 'web-01'));
    expect(result).toMatchObject({ ok: true, output: OK });
  });

  it('warns about `listen … http2` on nginx 1.26 and accepts the `http2` directive only there', () => {
    const edit = (t: string) => t.replace('listen 443 ssl;', 'listen 443 ssl http2;');
    const world = withNginx126(freshFrota(), 'lb-01');
    const on126 = nginxConfigTest(server(editFile(world, 'lb-01', SITE, edit), 'lb-01'));
    expect(on126.output[0]).toBe(
      'nginx: [warn] the "listen ... http2" directive is deprecated, use the "http2" directive instead in /etc/nginx/sites-enabled/loja:14',
    );
    expect(on126.ok).toBe(true);
    const http2 = testOn((t) => t.replace('\tssl on;', '\thttp2 on;'));
    expect(http2.output[0]).toBe(
      'nginx: [emerg] unknown directive "http2" in /etc/nginx/sites-enabled/loja:4',
    );
  });

  it('reports a misspelled directive as unknown', () => {
    const result = testOn((t) => t.replace('listen 443;', 'lisen 443;'));
    expect(result.output).toEqual([
      'nginx: [emerg] unknown directive "lisen" in /etc/nginx/sites-enabled/loja:2',
      FAILED,
    ]);
  });

  it('reports a missing closing brace at the end of the file', () => {
    const result = testOn((t) => t.replace(/}\n$/, ''));
    expect(result.output.at(-2)).toBe(
      'nginx: [emerg] unexpected end of file, expecting "}" in /etc/nginx/sites-enabled/loja:19',
    );
  });

  it('reports a stray closing brace', () => {
    const result = testOn((t) => `${t}}\n`, SITE, 'lb-01');
    expect(result.output).toEqual([
      'nginx: [emerg] unexpected "}" in /etc/nginx/sites-enabled/loja:24',
      FAILED,
    ]);
  });

  it('names a directive whose `;` is missing', () => {
    const next = testOn((t) => t.replace('proxy_set_header Host $host;', 'proxy_set_header Host $host'));
    expect(next.output[1]).toBe(
      'nginx: [emerg] directive "proxy_set_header" is not terminated by ";" in /etc/nginx/sites-enabled/loja:15',
    );
    const beforeBrace = testOn((t) => t.replace('expires 7d;', 'expires 7d'));
    expect(beforeBrace.output[1]).toBe('nginx: [emerg] unexpected "}" in /etc/nginx/sites-enabled/loja:11');
    const beforeBlock = testOn((t) =>
      t.replace(
        'ssl_certificate_key /etc/ssl/private/loja.key;',
        'ssl_certificate_key /etc/ssl/private/loja.key',
      ),
    );
    expect(beforeBlock.output[1]).toBe(
      'nginx: [emerg] directive "ssl_certificate_key" is not terminated by ";" in /etc/nginx/sites-enabled/loja:8',
    );
  });

  it('cannot load a certificate file that does not exist', () => {
    const result = testOn((t) => t.replace('/etc/ssl/certs/loja.pem', '/etc/ssl/certs/x.pem'));
    expect(result.output).toEqual([
      expect.stringContaining('[warn]'),
      'nginx: [emerg] cannot load certificate "/etc/ssl/certs/x.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/ssl/certs/x.pem, r) error:10000080:BIO routines::no such file)',
      FAILED,
    ]);
  });

  it('parses included files: an error in conf.d is reported there', () => {
    const world = setFile(
      freshFrota(),
      'lb-01',
      '/etc/nginx/conf.d/tuning.conf',
      'client_max_body_size 10m;\nkeepalive_timout 65;\n',
    );
    const result = nginxConfigTest(server(world, 'lb-01'));
    expect(result.output).toEqual([
      'nginx: [emerg] unknown directive "keepalive_timout" in /etc/nginx/conf.d/tuning.conf:2',
      FAILED,
    ]);
  });

  it('fails when an included file is missing, naming where it was included', () => {
    const result = testOn(
      (t) => t.replace('include /etc/nginx/mime.types;', 'include /etc/nginx/mime.type;'),
      '/etc/nginx/nginx.conf',
    );
    expect(result.output[0]).toBe(
      'nginx: [emerg] open() "/etc/nginx/mime.type" failed (2: No such file or directory) in /etc/nginx/nginx.conf:16',
    );
  });

  it('checks where a directive may appear and on/off values', () => {
    const misplaced = testOn((t) => `listen 80;\n${t}`, '/etc/nginx/nginx.conf', 'lb-01');
    expect(misplaced.output[0]).toBe(
      'nginx: [emerg] "listen" directive is not allowed here in /etc/nginx/nginx.conf:1',
    );
    const flag = testOn((t) => t.replace('gzip on;', 'gzip yes;'), '/etc/nginx/nginx.conf', 'lb-01');
    expect(flag.output[0]).toBe(
      'nginx: [emerg] invalid value "yes" in "gzip" directive, it must be "on" or "off" in /etc/nginx/nginx.conf:25',
    );
  });

  it('says when nginx.conf itself is missing, and gives nothing when nginx is not installed', () => {
    const gone = setFile(freshFrota(), 'lb-01', '/etc/nginx/nginx.conf', null);
    expect(nginxConfigTest(server(gone, 'lb-01')).output).toEqual([
      'nginx: [emerg] open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)',
      FAILED,
    ]);
    expect(nginxConfigTest(server(freshFrota(), 'db-01'))).toEqual({ ok: false, output: [], version: null });
  });

  it('records listeners, upstreams and server_tokens for the deployment checks', () => {
    const config = nginxConfigTest(server(freshFrota(), 'lb-01')).config;
    expect(config?.upstreams.loja_backend).toEqual([
      'web-01.lab.internal:443',
      'web-02.lab.internal:443',
      'web-03.lab.internal:443',
    ]);
    expect(config?.serverTokens).toBe(false);
    expect(config?.servers.flatMap((s) => s.listens.map((l) => [l.port, l.ssl]))).toEqual([
      [80, false],
      [443, true],
    ]);
  });
});
