/** What the package commands share: the host they run on, the engine's run options, its results as output. */
import type { AptResult, AptRunOptions, Server } from '../../../core';
import type { CommandContext, CommandResult } from '../../types';

export type Frontend = 'apt' | 'apt-get';

export interface Host {
  name: string;
  server: Server;
}

export function hostOf(ctx: CommandContext): Host | undefined {
  const server = ctx.state.world.servers[ctx.session.host];
  return server ? { name: ctx.session.host, server } : undefined;
}

/** The options every apt run passes to the engine: who asked (history.log's Requested-By), and what was typed. */
export function runOptions(ctx: CommandContext, prog: string, frontend: Frontend): AptRunOptions {
  const opts: AptRunOptions = {
    actor: ctx.actor,
    frontend,
    commandline: [prog, ...ctx.args].join(' '),
  };
  if (ctx.user === 'root' && ctx.session.user !== 'root') opts.requestedBy = ctx.session.user;
  return opts;
}

/** The engine's outcome as the terminal shows it: apt's own stdout, stderr and exit code, and the new world. */
export function toResult(done: AptResult, ctx: CommandContext): CommandResult {
  const { outcome } = done;
  if ('stdout' in outcome)
    return {
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      exitCode: outcome.exitCode,
      stderrLast: true,
      world: done.world,
    };
  // The shell runs on the host, so it cannot be unreachable; keep a sane answer all the same.
  return { stdout: '', stderr: `E: ${ctx.session.host} is not reachable\n`, exitCode: 100 };
}

/** Lines apt prints right after "Reading state information... Done" (the notes about skipped names). */
export function afterHeader(result: CommandResult, notes: readonly string[]): CommandResult {
  if (notes.length === 0) return result;
  const out = result.stdout.split('\n');
  const at = out.indexOf('Reading state information... Done');
  if (at < 0) return result;
  out.splice(at + 1, 0, ...notes);
  return { ...result, stdout: out.join('\n') };
}

export function lines(...texts: string[]): string {
  return texts.map((t) => `${t}\n`).join('');
}
