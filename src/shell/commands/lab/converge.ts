import {
  applyConverge,
  type ConvergeAction,
  type ConvergeFailure,
  type HostConverge,
  planConverge,
  type Server,
  serverDrift,
  type World,
} from '../../../core';
import { EN } from '../../i18n/en';
import { say } from '../../i18n/say';
import { type CommandSpec, fail, ok } from '../../types';
import { parseLabOptions } from './options';

function stars(title: string): string {
  return `${title} ${'*'.repeat(Math.max(3, 79 - title.length))}`;
}

function actionText(action: ConvergeAction): string {
  const change =
    action.before === action.after ? '' : ` (${action.before ?? 'absent'} → ${action.after ?? 'absent'})`;
  return `${action.action} ${action.resource}${change}`;
}

function failureText(failure: ConvergeFailure): string {
  const params = Object.entries(failure.params)
    .map(([k, v]) => `"${k}": "${v}"`)
    .join(', ');
  return `{"changed": false, "msg": "${failure.code}", "resource": "${failure.resource}"${params ? `, ${params}` : ''}}`;
}

function inSyncCount(world: World, host: string): number {
  return serverDrift(world, host).filter((i) => i.status === 'IN_SYNC').length;
}

function report(world: World, hosts: readonly HostConverge[], check: boolean, diff: boolean): string {
  const out = ['', stars(`PLAY [converge to the desired state${check ? ' (check mode)' : ''}]`), ''];
  const recap: string[] = [];
  for (const run of hosts) {
    out.push(stars(`TASK [${run.host}]`));
    if (run.status === 'unreachable') {
      out.push(
        `fatal: [${run.host}]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host ${run.host} port 22: Connection timed out", "unreachable": true}`,
        '',
      );
      recap.push(`${run.host.padEnd(26)} : ok=0    changed=0    unreachable=1    failed=0    skipped=0`);
      continue;
    }
    if (run.actions.length === 0 && run.failures.length === 0) out.push(`ok: [${run.host}]`);
    for (const action of run.actions) {
      if (diff && action.diff) out.push(action.diff.trimEnd());
      const handler = action.notifiedBy?.length
        ? ` (handler, notified by ${action.notifiedBy.join(', ')})`
        : '';
      out.push(`changed: [${run.host}] => ${actionText(action)}${handler}`);
    }
    for (const failure of run.failures) out.push(`fatal: [${run.host}]: FAILED! => ${failureText(failure)}`);
    out.push('');
    const okCount = inSyncCount(world, run.host);
    recap.push(
      `${run.host.padEnd(26)} : ok=${String(okCount).padEnd(4)} changed=${String(run.actions.length).padEnd(4)} unreachable=0    failed=${run.failures.length}    skipped=0`,
    );
  }
  return `${out.join('\n')}\n${stars('PLAY RECAP')}\n${recap.join('\n')}\n`;
}

export const convergeCommand: CommandSpec = {
  name: 'converge',
  summary: "apply each role's desired state to the fleet (--check for a dry run)",
  usage: EN['converge.usage'],
  options: ['--check', '--diff', '--limit', '--purge', '--help'],
  availableOn: (server: Server) => server.role === 'bastion',
  complete: ({ state }) => [...state.world.order, 'web', 'db', 'lb', 'prod', 'staging'],
  run: (ctx) => {
    const usage = say(ctx.state, 'converge.usage');
    const parsed = parseLabOptions(ctx.args, { limit: 'many' }, ['check', 'diff', 'purge', 'help']);
    if (!parsed.ok)
      return fail(
        `${say(ctx.state, parsed.error, { command: 'converge', option: parsed.option })}\n${usage}`,
        2,
      );
    const { values, flags, operands } = parsed;
    if (flags.has('help')) return ok(usage);
    if (operands.length)
      return fail(`${say(ctx.state, 'converge.unexpected', { argument: operands[0] ?? '' })}\n${usage}`, 2);
    const world = ctx.state.world;
    const plan = planConverge(world, { limit: values.limit, purge: flags.has('purge') });
    if (plan.unmatched.length) {
      return fail(
        `[WARNING]: Could not match supplied host pattern, ignoring: ${plan.unmatched.join(', ')}\nskipping: no hosts matched\n`,
        1,
      );
    }
    if (flags.has('check')) {
      const changes = plan.hosts.some((h) => h.actions.length > 0);
      return {
        stdout: report(world, plan.hosts, true, flags.has('diff')),
        stderr: '',
        exitCode: changes ? 2 : 0,
      };
    }
    const result = applyConverge(world, plan, ctx.actor);
    const failed = result.hosts.some((h) => h.failures.length > 0 || h.status === 'unreachable');
    return {
      stdout: report(result.world, result.hosts, false, flags.has('diff')),
      stderr: '',
      exitCode: failed ? 2 : 0,
      world: result.world,
    };
  },
};
