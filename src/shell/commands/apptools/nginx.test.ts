import { describe, expect, it } from 'vitest';
import { freshShell, run } from '../files/testkit';

const start = freshShell();
const onWeb = (...lines: string[]) => run(start, 'ssh web-01', ...lines);
const NGINX_ORG = [
  "echo 'deb https://nginx.org/packages/debian bookworm nginx' | sudo tee /etc/apt/sources.list.d/nginx.list",
  'sudo apt update',
];
const SITE = '/etc/nginx/sites-enabled/loja';

describe('nginx', () => {
  it('-t as root prints the test on stderr (exit 0), warnings first', () => {
    const out = onWeb('sudo nginx -t');
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      `nginx: [warn] the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in ${SITE}:4\n` +
        'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n' +
        'nginx: configuration file /etc/nginx/nginx.conf test is successful\n',
    );
    expect(out.exitCode).toBe(0);
  });

  it('-t without root cannot open the error log, logs to stderr and fails on the private key', () => {
    const out = onWeb('nginx -t');
    const lines = out.stderr.split('\n');
    expect(lines[0]).toBe(
      'nginx: [alert] could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)',
    );
    expect(lines[1]).toMatch(
      /^2026\/11\/29 09:00:\d\d \[warn\] (\d+)#\1: the "user" directive makes sense only if the master process runs with super-user privileges, ignored in \/etc\/nginx\/nginx\.conf:1$/,
    );
    expect(lines[2]).toContain('[emerg]');
    expect(lines[2]).toContain('cannot load certificate key "/etc/ssl/private/loja.key"');
    expect(lines[3]).toBe('nginx: configuration file /etc/nginx/nginx.conf test failed');
    expect(out.exitCode).toBe(1);
  });

  it('-v and -V print on stderr; -T dumps each file with its header', () => {
    expect(onWeb('nginx -v')).toMatchObject({
      stdout: '',
      stderr: 'nginx version: nginx/1.22.1\n',
      exitCode: 0,
    });
    expect(onWeb('nginx -V').stderr).toMatch(
      /^nginx version: nginx\/1\.22\.1\nbuilt with OpenSSL 3\.0\.11\nTLS SNI support enabled\nconfigure arguments: /,
    );
    const dump = onWeb('sudo nginx -T').stdout;
    expect(dump).toMatch(/^# configuration file \/etc\/nginx\/nginx\.conf:\nuser www-data;\n/);
    expect(dump).toContain(`\n# configuration file ${SITE}:\n`);
    expect(onWeb('nginx -z')).toMatchObject({ stderr: 'nginx: invalid option: "z"\n', exitCode: 1 });
  });

  it('-s reload signals the master as root and is refused otherwise', () => {
    expect(onWeb('sudo nginx -s reload').stderr).toMatch(/\[notice\] \d+#\d+: signal process started\n$/);
    const user = onWeb('nginx -s reload');
    expect(user.stderr).toMatch(/\[alert\] \d+#\d+: kill\(\d+, 1\) failed \(1: Operation not permitted\)\n$/);
    expect(user.exitCode).toBe(1);
  });

  it('exists only where nginx is installed', () => {
    expect(run(start, 'nginx -v')).toMatchObject({
      stderr: 'bash: nginx: command not found\n',
      exitCode: 127,
    });
  });
});

describe('the in-place upgrade to nginx.org 1.26 with `ssl on;`', () => {
  it('breaks at the postinst restart, nginx -t names the line, and the fix brings it back', () => {
    const upgraded = onWeb(...NGINX_ORG, 'sudo apt install -y nginx=1.26.2-1~bookworm');
    expect(upgraded.exitCode).toBe(100);
    expect(upgraded.stderr).toContain('dpkg: error processing package nginx (--configure):\n');
    expect(upgraded.stderr).toContain('E: Sub-process /usr/bin/dpkg returned an error code (1)\n');

    const listed = run(upgraded.state, 'dpkg -l nginx');
    expect(listed.stdout).toMatch(/\niF {2}nginx +1\.26\.2-1~bookworm +amd64 /);
    expect(run(upgraded.state, 'systemctl is-active nginx')).toMatchObject({
      stdout: 'failed\n',
      exitCode: 3,
    });

    const test = run(upgraded.state, 'sudo nginx -t');
    expect(test.stderr).toBe(
      `nginx: [emerg] unknown directive "ssl" in ${SITE}:4\nnginx: configuration file /etc/nginx/nginx.conf test failed\n`,
    );
    expect(test.exitCode).toBe(1);
    expect(run(upgraded.state, 'curl -kI https://localhost/')).toMatchObject({
      stderr: "curl: (7) Failed to connect to localhost port 443 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });

    const fixed = run(
      upgraded.state,
      `sudo sed -i -e 's/listen 443;/listen 443 ssl;/' -e '/ssl on;/d' ${SITE}`,
      'sudo nginx -t',
    );
    expect(fixed.exitCode).toBe(0);
    const configured = run(fixed.state, 'sudo dpkg --configure -a', 'dpkg -l nginx');
    expect(configured.stdout).toMatch(/\nii {2}nginx +1\.26\.2-1~bookworm /);
    expect(run(configured.state, 'systemctl is-active nginx').stdout).toBe('active\n');
    expect(run(configured.state, 'nginx -v').stderr).toBe('nginx version: nginx/1.26.2\n');
    expect(run(configured.state, 'curl -skI https://localhost/').stdout.split('\n')[0]).toBe(
      'HTTP/1.1 200 OK',
    );
  });
});
