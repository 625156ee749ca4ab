/** Tab completion for the package commands: package names from the catalog, or the installed ones. */
import { packageNames } from '../../../core/packages';
import type { CompletionContext } from '../../types';

/** Verbs and options whose argument is an installed package (the rest take any package apt knows). */
const INSTALLED_ONLY = new Set([
  'remove',
  'purge',
  'autoremove',
  'hold',
  'unhold',
  '-L',
  '--listfiles',
  '-s',
  '--status',
  '-r',
  '-P',
]);

export function completePackages(ctx: CompletionContext): string[] {
  const installed = Object.keys(ctx.state.world.servers[ctx.session.host]?.packages ?? {});
  return ctx.args.some((a) => INSTALLED_ONLY.has(a)) ? installed.sort() : packageNames();
}
