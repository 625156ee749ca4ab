import { rebuildPreview, rebuildServer, type Server } from '../../../core';
import { EN } from '../../i18n/en';
import { say } from '../../i18n/say';
import { type CommandSpec, fail, ok } from '../../types';

export const rebuildCommand: CommandSpec = {
  name: 'rebuild',
  summary: 'replace a server with a fresh one from the golden image (what is lost is shown first)',
  usage: EN['rebuild.usage'],
  options: ['--yes', '--help'],
  availableOn: (server: Server) => server.role === 'bastion',
  complete: ({ state }) => state.world.order.filter((h) => state.world.servers[h]?.role !== 'bastion'),
  run: (ctx) => {
    const { state } = ctx;
    const usage = say(state, 'rebuild.usage');
    if (ctx.args.includes('--help')) return ok(usage);
    const bad = ctx.args.find((a) => a.startsWith('-') && a !== '--yes');
    if (bad)
      return fail(`${say(state, 'lab.unrecognized', { command: 'rebuild', option: bad })}\n${usage}`, 2);
    const hosts = ctx.args.filter((a) => !a.startsWith('-'));
    const host = hosts[0];
    if (!host || hosts.length > 1) return fail(usage, 2);
    const world = state.world;
    const server = world.servers[host];
    if (server?.role === 'bastion') return fail(`${say(state, 'rebuild.bastion')}\n`, 1);
    const preview = server && rebuildPreview(world, host);
    if (!server || !preview) return fail(`${say(state, 'rebuild.unknownHost', { host })}\n`, 2);
    const absent = say(state, 'rebuild.absent');
    const lost = [
      ...preview.drift.map((d) =>
        say(state, 'rebuild.lostDrift', {
          resource: d.resource,
          status: d.status,
          actual: d.actual ?? absent,
        }),
      ),
      ...preview.baseline.map((b) =>
        say(state, 'rebuild.lostBaseline', {
          resource: b.resource,
          before: b.before ?? absent,
          after: b.after,
        }),
      ),
      ...preview.files.map((path) => say(state, 'rebuild.lostFile', { path })),
      ...(preview.kernel ? [say(state, 'rebuild.lostKernel', preview.kernel)] : []),
    ];
    const summary = lost.length
      ? `${say(state, 'rebuild.lost', { host })}\n${lost.map((line) => `  - ${line}`).join('\n')}\n`
      : `${say(state, 'rebuild.nothingLost', { host })}\n`;
    if (!ctx.args.includes('--yes')) return ok(`${summary}\n${say(state, 'rebuild.confirm', { host })}\n`);
    const next = rebuildServer(world, host, ctx.actor);
    const done = say(state, 'rebuild.done', { host, role: server.role });
    return {
      stdout: `${summary}\n${done}\n${say(state, 'rebuild.inSync', { host })}\n`,
      stderr: '',
      exitCode: 0,
      world: next,
    };
  },
};
