import { driftedItems, fleetCoverage, serverDrift } from '../../../core';
import { wrapWords } from '../../format/wrap';
import { terminalColumns } from '../../session';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { ansibleFormat, type HostDrift, inspecFormat, puppetFormat, terraformFormat } from './driftFormats';
import { driftTable } from './driftTable';
import { parseLabOptions } from './options';

const FORMATS = ['table', 'terraform', 'ansible', 'puppet', 'inspec'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: drift [--host HOST]... [--env ENV] [--all] [--diff] [--format table|terraform|ansible|puppet|inspec]
Compare every server with its role's desired state and list what drifted:
  MODIFIED   declared, but different on the server (expected vs actual)
  MISSING    declared, but absent
  UNMANAGED  present, but declared nowhere
  --all      also list the resources that are IN_SYNC
  --diff     show a line diff for modified files
  --format   print the same drift the way Terraform, Ansible, Puppet or InSpec would
`;

function table(hosts: readonly HostDrift[], diff: boolean, ctx: CommandContext, scope: string[]): string {
  const columns = terminalColumns(ctx.state);
  const lines = driftTable(hosts, diff, columns);
  const coverage = fleetCoverage(ctx.state.world);
  const drifted = hosts.reduce((n, h) => n + h.items.filter((i) => i.status !== 'IN_SYNC').length, 0);
  const servers = hosts.filter((h) => h.items.some((i) => i.status !== 'IN_SYNC')).length;
  const pct = Math.floor(coverage.fleet.ratio * 100);
  const summary = `Found ${drifted} drifted resource(s) on ${servers} of ${scope.length} server(s). Fleet coverage: ${pct}% (${coverage.fleet.inSync} of ${coverage.fleet.declared} declared resources in sync), ${coverage.fleet.counts.UNMANAGED} unmanaged.`;
  const body = lines.length ? `${lines.join('\n')}\n\n` : '';
  return `${body}${wrapWords(summary, columns).join('\n')}\n`;
}

export const driftCommand: CommandSpec = {
  name: 'drift',
  summary: "compare servers with their role's desired state (the lab's drift detector)",
  usage: USAGE,
  options: ['--host', '--env', '--all', '--diff', '--format', '--help'],
  complete: ({ state, args }) =>
    args[args.length - 1] === '--format'
      ? [...FORMATS]
      : args[args.length - 1] === '--host'
        ? state.world.order
        : [],
  run: (ctx) => {
    const parsed = parseLabOptions('drift', ctx.args, { host: 'many', env: 'one', format: 'one' }, [
      'all',
      'diff',
      'help',
    ]);
    if (!parsed.ok) return fail(`${parsed.error}\n${USAGE}`, 2);
    const { values, flags } = parsed;
    if (flags.has('help')) return ok(USAGE);
    const format = (values.format?.[0] ?? 'table') as Format;
    if (!FORMATS.includes(format))
      return fail(`drift: unknown format '${format}' (choose ${FORMATS.join(', ')})\n`, 2);
    const world = ctx.state.world;
    const unknown = (values.host ?? []).filter((h) => !world.servers[h]);
    if (unknown.length) return fail(`drift: unknown host ${unknown.join(', ')}\n`, 2);
    let scope = values.host?.length ? values.host : world.order;
    const env = values.env?.[0];
    if (env) scope = scope.filter((h) => world.servers[h]?.env === env);
    const hosts: HostDrift[] = scope.map((host) => {
      const items = serverDrift(world, host);
      return { host, items: flags.has('all') || format === 'inspec' ? items : driftedItems(items) };
    });
    switch (format) {
      case 'terraform':
        return ok(terraformFormat(hosts));
      case 'ansible':
        return ok(ansibleFormat(hosts));
      case 'puppet':
        return ok(puppetFormat(hosts));
      case 'inspec': {
        const failed = hosts.some((h) => h.items.some((i) => i.status !== 'IN_SYNC'));
        return { stdout: inspecFormat(hosts), stderr: '', exitCode: failed ? 100 : 0 };
      }
      default: {
        const any = hosts.some((h) => h.items.some((i) => i.status !== 'IN_SYNC'));
        // Like `terraform plan -detailed-exitcode`: 2 means "there is drift", so scripts can test for it.
        return { stdout: table(hosts, flags.has('diff'), ctx, scope), stderr: '', exitCode: any ? 2 : 0 };
      }
    }
  },
};
