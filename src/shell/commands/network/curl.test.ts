import { describe, expect, it } from 'vitest';
import { freshShell, run, withFiles } from '../files/testkit';
import { patchServer } from './testkit';

const start = freshShell();

const change = patchServer;

describe('curl against the shop', () => {
  it('gets the page a visitor sees, from the deployment’s health', () => {
    const page = run(start, 'curl https://loja.lab.internal/');
    expect(page.exitCode).toBe(0);
    expect(page.stdout).toMatch(/^<!DOCTYPE html>\n/);
    expect(page.stdout).toContain('<footer>loja 2.3.0 · web-01</footer>');
  });

  it('shows the headers with -I, like curl -I', () => {
    expect(run(start, 'curl -I https://loja.lab.internal/').stdout).toMatch(
      /^HTTP\/1\.1 200 OK\nServer: nginx(\/[\d.]+)?\nDate: Sun, 29 Nov 2026 09:00:05 GMT\nContent-Type: text\/html; charset=utf-8\nContent-Length: \d+\nConnection: keep-alive\nX-Loja-Release: 2\.3\.0\n\n$/,
    );
  });

  it('follows the balancer’s redirect from http to https with -L', () => {
    expect(run(start, 'curl -sI http://loja.lab.internal/').stdout).toContain(
      'Location: https://loja.lab.internal/\n',
    );
    const followed = run(start, 'curl -sIL http://loja.lab.internal/').stdout;
    expect(followed).toMatch(/^HTTP\/1\.1 301 Moved Permanently\n(.*\n)*\nHTTP\/1\.1 200 OK\n/);
  });

  it('gets nginx’s 502 when no backend can serve the shop, and fails with -f', () => {
    const down = run(
      start,
      ...['web-01', 'web-02', 'web-03'].map((h) => `ssh ${h} sudo systemctl stop loja`),
    );
    expect(run(down.state, 'curl https://loja.lab.internal/').stdout).toContain(
      '<title>502 Bad Gateway</title>',
    );
    expect(run(down.state, 'curl -f https://loja.lab.internal/')).toMatchObject({
      stdout: '',
      stderr: 'curl: (22) The requested URL returned error: 502\n',
      exitCode: 22,
    });
  });

  it('keeps serving while one backend is down', () => {
    const one = run(start, 'ssh web-01 sudo systemctl stop loja');
    expect(run(one.state, 'curl -s https://loja.lab.internal/').stdout).toContain('· web-02</footer>');
  });

  it('cannot connect when the balancer’s nginx is down, or times out when it is off', () => {
    const stopped = run(start, 'ssh lb-01 sudo systemctl stop nginx');
    expect(run(stopped.state, 'curl https://loja.lab.internal/')).toMatchObject({
      stderr:
        "curl: (7) Failed to connect to loja.lab.internal port 443 after 2 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
    const off = change(start, 'lb-01', () => ({ power: 'off' }));
    expect(run(off, 'curl -s https://loja.lab.internal/')).toMatchObject({ stderr: '', exitCode: 28 });
  });

  it('rejects an expired certificate unless -k', () => {
    const expired = change(start, 'lb-01', (s) => ({
      certificates: Object.fromEntries(
        Object.entries(s.certificates).map(([p, c]) => [p, { ...c, notAfter: 0 }]),
      ),
    }));
    const refused = run(expired, 'curl https://loja.lab.internal/');
    expect(refused.exitCode).toBe(60);
    expect(refused.stderr.split('\n')[0]).toBe('curl: (60) SSL certificate problem: certificate has expired');
    expect(run(expired, 'curl -k https://loja.lab.internal/').exitCode).toBe(0);
  });
});

describe('curl on a web server', () => {
  const web = run(start, 'ssh web-01').state;

  it('finds nothing on port 80: the site listens on 443 only', () => {
    expect(run(web, 'curl -I http://localhost/')).toMatchObject({
      stderr: "curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
  });

  it('checks the certificate’s name, and with -k answers for this backend', () => {
    expect(run(web, 'curl https://localhost/').stderr.split('\n')[0]).toBe(
      "curl: (60) SSL: no alternative certificate subject name matches target host name 'localhost'",
    );
    expect(run(web, 'curl -k https://localhost/').stdout).toContain('· web-01</footer>');
    expect(run(web, 'sudo systemctl stop loja', 'curl -k https://localhost/').stdout).toContain(
      '502 Bad Gateway',
    );
  });

  it('talks to the app on its own port, and serves static files through nginx', () => {
    expect(run(web, 'curl -s http://127.0.0.1:8000/').stdout).toContain(
      '<footer>loja 2.3.0 · web-01</footer>',
    );
    expect(run(web, 'curl -k https://localhost/static/app.css').stdout).toBe(
      'body { font-family: sans-serif; }\n',
    );
    expect(run(web, 'curl -k https://localhost/static/nope.css').stdout).toContain(
      '<title>404 Not Found</title>',
    );
    const hostile = withFiles(web, 'web-01', {
      '/opt/loja/static/x.txt': { content: 'a\u001b]0;pwned\u0007b\n' },
    });
    expect(run(hostile, 'curl -k https://localhost/static/x.txt').stdout).toBe('a^[]0;pwned^Gb\n');
  });

  it('speaks plain HTTP to the TLS port and gets nginx’s 400', () => {
    expect(run(web, 'curl http://localhost:443/').stdout).toContain(
      'The plain HTTP request was sent to HTTPS port',
    );
    expect(run(web, 'curl https://localhost:8000/').stderr).toBe(
      'curl: (35) error:0A00010B:SSL routines::wrong version number\n',
    );
  });
});

describe('curl options and errors', () => {
  it('writes the body to a file with -o as the user, printing the progress meter', () => {
    const saved = run(start, 'curl -o page.html https://loja.lab.internal/', 'cat page.html');
    expect(saved.stdout).toContain('<footer>loja 2.3.0 · web-01</footer>');
    const meter = run(start, 'curl -o page.html https://loja.lab.internal/').stderr.split('\n');
    expect(meter[0]).toBe('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current');
    expect(meter[2]).toMatch(/^100 +\d+ +100 +\d+ +0 +0 +\d+k? +0 --:--:-- --:--:-- --:--:-- +\d+k?$/);
    expect(run(start, 'curl -so /etc/page https://loja.lab.internal/')).toMatchObject({
      stderr:
        'Warning: Failed to open the file /etc/page: Permission denied\ncurl: (23) Failure writing output to destination\n',
      exitCode: 23,
    });
  });

  it('prints -w variables on stdout even when the body goes elsewhere', () => {
    expect(run(start, "curl -s -o /dev/null -w '%{http_code}\\n' https://loja.lab.internal/").stdout).toBe(
      '200\n',
    );
  });

  it('shows the conversation with -v on stderr', () => {
    const v = run(start, 'curl -v https://loja.lab.internal/').stderr;
    expect(v).toContain(
      '*   Trying 10.0.1.10:443...\n* Connected to loja.lab.internal (10.0.1.10) port 443 (#0)\n',
    );
    expect(v).toContain(
      '> GET / HTTP/1.1\n> Host: loja.lab.internal\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n< HTTP/1.1 200 OK\n',
    );
  });

  it('fails like curl on names, ports, protocols and options', () => {
    expect(run(start, 'curl foo')).toMatchObject({
      stderr: 'curl: (6) Could not resolve host: foo\n',
      exitCode: 6,
    });
    expect(run(start, 'curl -s foo')).toMatchObject({ stderr: '', exitCode: 6 });
    expect(run(start, 'curl -sS foo').stderr).toBe('curl: (6) Could not resolve host: foo\n');
    expect(run(start, 'curl ftp://web-01/').stderr).toBe(
      'curl: (1) Protocol "ftp" not supported or disabled in libcurl\n',
    );
    expect(run(start, 'curl http://web-01:22/').stderr).toBe(
      'curl: (1) Received HTTP/0.9 when not allowed\n',
    );
    expect(run(start, 'curl http://db-01:5432/').stderr).toBe('curl: (52) Empty reply from server\n');
    expect(run(start, 'curl -Z x')).toMatchObject({
      stderr:
        "curl: option -Z: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      exitCode: 2,
    });
    expect(run(start, 'curl -o')).toMatchObject({
      stderr: expect.stringMatching(/^curl: option -o: requires parameter\n/),
      exitCode: 2,
    });
    expect(run(start, 'curl')).toMatchObject({
      stderr: expect.stringMatching(/^curl: no URL specified!\n/),
      exitCode: 2,
    });
    expect(run(start, 'curl --help').stdout).toMatch(/^Usage: curl \[options\.\.\.\] <url>\n/);
  });
});
