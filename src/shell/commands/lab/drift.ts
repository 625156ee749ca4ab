import { driftedItems, fleetCoverage, serverDrift } from '../../../core';
import { wrapWords } from '../../format/wrap';
import { EN } from '../../i18n/en';
import { say, sayCount } from '../../i18n/say';
import { terminalColumns } from '../../session';
import { type CommandContext, type CommandSpec, fail, ok, type ShellState } from '../../types';
import { ansibleFormat, type HostDrift, inspecFormat, puppetFormat, terraformFormat } from './driftFormats';
import { driftTable, type TableWords } from './driftTable';
import { parseLabOptions } from './options';

const FORMATS = ['table', 'terraform', 'ansible', 'puppet', 'inspec'] as const;
type Format = (typeof FORMATS)[number];

/** The table's headings and words in the learner's language. */
export function tableWords(state: Pick<ShellState, 'locale'>): TableWords {
  return {
    host: say(state, 'drift.host'),
    resource: say(state, 'drift.resource'),
    status: say(state, 'drift.status'),
    change: say(state, 'drift.change'),
    absent: say(state, 'drift.absent'),
    undeclared: say(state, 'drift.undeclared'),
  };
}

/** The lab's own table, in the learner's language; the other formats print what their tools would. */
function table(hosts: readonly HostDrift[], diff: boolean, ctx: CommandContext, scope: string[]): string {
  const { state } = ctx;
  const columns = terminalColumns(state);
  const lines = driftTable(hosts, diff, columns, tableWords(state));
  const coverage = fleetCoverage(state.world);
  const drifted = hosts.reduce((n, h) => n + h.items.filter((i) => i.status !== 'IN_SYNC').length, 0);
  const servers = hosts.filter((h) => h.items.some((i) => i.status !== 'IN_SYNC')).length;
  const summary = [
    sayCount(state, 'drift.found', drifted),
    sayCount(state, 'drift.scope', scope.length, { drifted: servers }),
    say(state, 'drift.coverage', {
      percent: Math.floor(coverage.fleet.ratio * 100),
      inSync: coverage.fleet.inSync,
      declared: coverage.fleet.declared,
      unmanaged: coverage.fleet.counts.UNMANAGED,
    }),
  ].join(' ');
  const body = lines.length ? `${lines.join('\n')}\n\n` : '';
  return `${body}${wrapWords(summary, columns).join('\n')}\n`;
}

export const driftCommand: CommandSpec = {
  name: 'drift',
  summary: "compare servers with their role's desired state (the lab's drift detector)",
  usage: EN['drift.usage'],
  options: ['--host', '--env', '--all', '--diff', '--format', '--help'],
  complete: ({ state, args }) =>
    args[args.length - 1] === '--format'
      ? [...FORMATS]
      : args[args.length - 1] === '--host'
        ? state.world.order
        : [],
  run: (ctx) => {
    const usage = say(ctx.state, 'drift.usage');
    const parsed = parseLabOptions(ctx.args, { host: 'many', env: 'one', format: 'one' }, [
      'all',
      'diff',
      'help',
    ]);
    if (!parsed.ok)
      return fail(
        `${say(ctx.state, parsed.error, { command: 'drift', option: parsed.option })}\n${usage}`,
        2,
      );
    const { values, flags } = parsed;
    if (flags.has('help')) return ok(usage);
    const format = (values.format?.[0] ?? 'table') as Format;
    if (!FORMATS.includes(format))
      return fail(`${say(ctx.state, 'drift.unknownFormat', { format, formats: FORMATS.join(', ') })}\n`, 2);
    const world = ctx.state.world;
    const unknown = (values.host ?? []).filter((h) => !world.servers[h]);
    if (unknown.length)
      return fail(`${say(ctx.state, 'drift.unknownHost', { hosts: unknown.join(', ') })}\n`, 2);
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
