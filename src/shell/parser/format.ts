/**
 * Renders a parsed Script back to one canonical line (words keep their original spelling).
 * Parsing the output gives the same Script shape; used for display, logs and tests.
 */
import type { AndOrList, Pipeline, Redirect, Script, SimpleCommand } from './types';

export function formatScript(script: Script): string {
  return script.lists.map(formatAndOr).join('; ');
}

function formatAndOr(list: AndOrList): string {
  return [formatPipeline(list.first), ...list.rest.map((r) => `${r.op} ${formatPipeline(r.pipeline)}`)].join(
    ' ',
  );
}

function formatPipeline(p: Pipeline): string {
  return (p.negated ? '! ' : '') + p.commands.map(formatCommand).join(' | ');
}

function formatCommand(c: SimpleCommand): string {
  return [
    ...c.assignments.map((a) => `${a.name}=${a.value.raw}`),
    ...c.words.map((w) => w.raw),
    ...c.redirects.map(formatRedirect),
  ].join(' ');
}

export function formatRedirect(r: Redirect): string {
  if (r.op === '>&') return `${r.fd}>&${r.target}`;
  const dflt = r.op === '<' ? 0 : 1;
  return `${r.fd === dflt ? '' : r.fd}${r.op}${r.target.raw}`;
}
