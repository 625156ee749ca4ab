import { rebuildPreview, rebuildServer, type Server } from '../../../core';
import { type CommandSpec, fail, ok } from '../../types';

const USAGE = `Usage: rebuild HOST [--yes]
Replace HOST with a fresh server built from its role's golden image, with the desired state applied —
the immutable way. Everything done by hand on the old server is lost. Without --yes, shows what would be lost.
`;

export const rebuildCommand: CommandSpec = {
  name: 'rebuild',
  summary: 'replace a server with a fresh one from the golden image (what is lost is shown first)',
  usage: USAGE,
  options: ['--yes', '--help'],
  availableOn: (server: Server) => server.role === 'bastion',
  complete: ({ state }) => state.world.order.filter((h) => state.world.servers[h]?.role !== 'bastion'),
  run: (ctx) => {
    if (ctx.args.includes('--help')) return ok(USAGE);
    const bad = ctx.args.find((a) => a.startsWith('-') && a !== '--yes');
    if (bad) return fail(`rebuild: unrecognized option '${bad}'\n${USAGE}`, 2);
    const hosts = ctx.args.filter((a) => !a.startsWith('-'));
    const host = hosts[0];
    if (!host || hosts.length > 1) return fail(USAGE, 2);
    const world = ctx.state.world;
    const server = world.servers[host];
    if (!server) return fail(`rebuild: unknown host '${host}'\n`, 2);
    if (server.role === 'bastion')
      return fail('rebuild: refusing to rebuild the bastion you are working from\n', 1);
    const preview = rebuildPreview(world, host);
    if (!preview) return fail(`rebuild: unknown host '${host}'\n`, 2);
    const lost = [
      ...preview.drift.map((d) => `  - ${d.resource} (${d.status}: ${d.actual ?? 'absent'})`),
      ...preview.baseline.map(
        (b) => `  - ${b.resource}: ${b.before ?? 'absent'} → ${b.after} (back to the image)`,
      ),
      ...preview.files.map((f) => `  - ${f} (not in the desired state)`),
      ...(preview.kernel ? [`  - kernel ${preview.kernel.before} → ${preview.kernel.after}`] : []),
    ];
    const summary = lost.length
      ? `What is lost on ${host}:\n${lost.join('\n')}\n`
      : `${host} matches its image: nothing is lost.\n`;
    if (!ctx.args.includes('--yes')) {
      return ok(`${summary}\nRe-run with --yes to replace ${host}: rebuild ${host} --yes\n`);
    }
    const next = rebuildServer(world, host, ctx.actor);
    return {
      stdout: `${summary}\n${host}: destroyed; a new ${server.role} server was created from the golden image and the desired state applied.\n${host}: in sync.\n`,
      stderr: '',
      exitCode: 0,
      world: next,
    };
  },
};
