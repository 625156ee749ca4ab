/**
 * A realistic session through the headless runner: on web-01 a learner adds nginx.org's repository and upgrades
 * nginx in place; 1.26 no longer knows `ssl on;`, the postinst restart fails, `curl` cannot connect and
 * `nginx -t` names the line; `sudo sed -i` fixes it, `nginx -t` passes, a restart and `curl` answer again.
 */
import { describe, expect, it } from 'vitest';
import { LAB_START } from '../content';
import { frotaWorld } from '../core';
import { type FleetReportEntry, fleetReport } from './report';
import { runSession, type TranscriptEntry } from './session';

const SITE = '/etc/nginx/sites-enabled/loja';
const LINES = [
  'ssh web-01',
  "echo 'deb https://nginx.org/packages/debian bookworm nginx' | sudo tee /etc/apt/sources.list.d/nginx.list",
  'sudo apt update',
  'apt policy nginx',
  'sudo apt install -y nginx',
  'curl -kI https://localhost/',
  'systemctl is-active nginx',
  'sudo nginx -t',
  `grep -n ssl ${SITE}`,
  `sudo sed -i -e 's/listen 443;/listen 443 ssl;/' -e '/ssl on;/d' ${SITE}`,
  'sudo nginx -t',
  'sudo systemctl restart nginx',
  'curl -kI https://localhost/',
  'dpkg -l nginx',
  'sudo dpkg --configure -a',
  'dpkg -l nginx',
  'exit',
  'curl -sI https://loja.lab.internal/',
];

/** web-01 in the fleet report after each line: status and health failure codes. */
const web01After: string[] = [];
const { state, transcript } = runSession(frotaWorld({ seed: 1, now: LAB_START }), LINES, {
  afterCommand: (world) => {
    const web01 = fleetReport(world).find((f) => f.host === 'web-01');
    const failures = web01?.health.failures.map((f) => f.code).join(',');
    web01After.push(failures ? `${web01?.status} (${failures})` : `${web01?.status}`);
  },
});
const fleet = fleetReport(state.world);

const step = (command: string, nth = 1): TranscriptEntry & { lines: string[]; index: number } => {
  const indices = transcript.flatMap((t, i) => (t.command === command ? [i] : []));
  const index = indices[nth - 1] ?? -1;
  const entry = transcript[index];
  if (!entry) throw new Error(`no ${nth}th ${command} in the transcript`);
  return { ...entry, lines: entry.output.split('\n'), index };
};

describe('a realistic session: in-place nginx upgrade breaks `ssl on;`, noticed and fixed', () => {
  it('enables nginx.org on web-01 and sees 1.26 as the candidate', () => {
    expect(step('ssh web-01').exitCode).toBe(0);
    expect(transcript.map((t) => t.host)).toEqual(['bastion', ...Array(16).fill('web-01'), 'bastion']);
    expect(transcript.every((t) => t.user === 'aluno')).toBe(true);
    expect(step(LINES[1] ?? '').output).toBe('deb https://nginx.org/packages/debian bookworm nginx\n');
    const update = step('sudo apt update');
    expect(update.exitCode).toBe(0);
    expect(update.lines).toContain('Get:5 https://nginx.org/packages/debian bookworm InRelease [2,866 B]');
    expect(update.lines).toContain("26 packages can be upgraded. Run 'apt list --upgradable' to see them.");
    const policy = step('apt policy nginx').lines;
    expect(policy.slice(0, 3)).toEqual(['nginx:', '  Installed: 1.22.1-9', '  Candidate: 1.26.2-1~bookworm']);
    expect(policy).toContain('        500 https://nginx.org/packages/debian bookworm/nginx amd64 Packages');
  });

  it('upgrades in place: Debian split packages go, the postinst restart fails, apt exits 100', () => {
    const install = step('sudo apt install -y nginx');
    expect(install.exitCode).toBe(100);
    for (const line of [
      'The following packages will be REMOVED:',
      '  nginx-common nginx-core',
      'Get:1 https://nginx.org/packages/debian bookworm/nginx amd64 nginx amd64 1.26.2-1~bookworm [1,171 kB]',
      'Unpacking nginx (1.26.2-1~bookworm) over (1.22.1-9) ...',
      'Setting up nginx (1.26.2-1~bookworm) ...',
      'Job for nginx.service failed because the control process exited with error code.',
      'dpkg: error processing package nginx (--configure):',
      ' installed nginx package post-installation script subprocess returned error exit status 1',
      'E: Sub-process /usr/bin/dpkg returned an error code (1)',
    ])
      expect(install.lines).toContain(line);
    expect(web01After[install.index]).toBe('broken (SERVICE_FAILED,NGINX_CONFIG_INVALID)');
  });

  it('notices with curl and systemctl, and nginx -t names the line', () => {
    expect(step('curl -kI https://localhost/')).toMatchObject({
      output: "curl: (7) Failed to connect to localhost port 443 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
    expect(step('systemctl is-active nginx')).toMatchObject({ output: 'failed\n', exitCode: 3 });
    expect(step('sudo nginx -t')).toMatchObject({
      output: `nginx: [emerg] unknown directive "ssl" in ${SITE}:4\nnginx: configuration file /etc/nginx/nginx.conf test failed\n`,
      exitCode: 1,
    });
    expect(step(`grep -n ssl ${SITE}`).lines[0]).toBe('4:\tssl on;');
  });

  it('fixes the site with sudo sed -i: nginx -t passes, a restart brings it back, curl answers 200', () => {
    const sed = step(LINES[9] ?? '');
    expect(sed).toMatchObject({ output: '', exitCode: 0 });
    expect(web01After[sed.index]).toBe('broken (SERVICE_FAILED)');
    expect(step('sudo nginx -t', 2)).toMatchObject({
      output:
        'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n' +
        'nginx: configuration file /etc/nginx/nginx.conf test is successful\n',
      exitCode: 0,
    });
    const restart = step('sudo systemctl restart nginx');
    expect(restart).toMatchObject({ output: '', exitCode: 0 });
    expect(web01After[restart.index]).toBe('drifted');
    const curl = step('curl -kI https://localhost/', 2);
    expect(curl.exitCode).toBe(0);
    expect(curl.lines.slice(0, 2)).toEqual(['HTTP/1.1 200 OK', 'Server: nginx']);
  });

  it('finishes the interrupted configuration: dpkg shows iF, then ii after dpkg --configure -a', () => {
    expect(step('dpkg -l nginx').output).toMatch(/\niF {2}nginx {10}1\.26\.2-1~bookworm amd64 /);
    expect(step('sudo dpkg --configure -a')).toMatchObject({
      output: 'Setting up nginx (1.26.2-1~bookworm) ...\n',
      exitCode: 0,
    });
    expect(step('dpkg -l nginx', 2).output).toMatch(/\nii {2}nginx {10}1\.26\.2-1~bookworm amd64 /);
    expect(step('curl -sI https://loja.lab.internal/').lines[0]).toBe('HTTP/1.1 200 OK');
  });

  it('ends with web-01 healthy and drifted only by the upgrade and its hand fix; prod healthy', () => {
    const web01 = fleet.find((f) => f.host === 'web-01') as FleetReportEntry;
    expect(web01.status).toBe('drifted');
    expect(web01.health).toEqual({ ok: true, failures: [] });
    // The version drift: nginx.org's single package replaces Debian's nginx, nginx-common and nginx-core. The
    // desired state still declares the 1.22 site with `ssl on;`, so the hand fix is drift too.
    expect(web01.drift).toEqual([
      { resource: 'package:nginx', status: 'MODIFIED', expected: '1.22.1-9', actual: '1.26.2-1~bookworm' },
      { resource: 'package:nginx-common', status: 'MISSING', expected: '1.22.1-9', actual: null },
      { resource: 'package:nginx-core', status: 'MISSING', expected: '1.22.1-9', actual: null },
      {
        resource: `file:${SITE}`,
        status: 'MODIFIED',
        expected: 'root:root 0644, 19 lines',
        actual: 'root:root 0644, 18 lines',
      },
    ]);
    expect(fleet.filter((f) => f.env === 'prod').every((f) => f.health.ok)).toBe(true);
    expect(fleet.filter((f) => f.host !== 'web-01').map((f) => f.status)).toEqual(Array(7).fill('in_sync'));
  });
});
