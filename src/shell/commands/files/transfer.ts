/** What cp and mv share: SOURCE... DEST operands, where a directory DEST receives each source inside it. */
import { basename, type FsNode, type Server } from '../../../core';
import type { CommandResult } from '../../types';
import { FS_ERROR_TEXT, joinPath, lookup } from './access';
import { usageError } from './options';
import { quoteName } from './quote';

export interface Transfer {
  /** The source operand as typed, its absolute path and node. */
  arg: string;
  path: string;
  node: FsNode;
  /** Where it lands, as coreutils prints it (`dir/name`) and as an absolute path. */
  shown: string;
  target: string;
  /** DEST as the core operations take it: they put a source inside it themselves when it is a directory. */
  dest: string;
}

export type Planned =
  | { ok: true; items: (Transfer | { arg: string; error: string })[] }
  | { ok: false; result: CommandResult };

function inside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/** Resolves every SOURCE against DEST; per-source lookup failures become `cannot stat` items. */
export function planTransfers(
  prog: 'cp' | 'mv',
  operands: readonly string[],
  server: Server,
  cwd: string,
  user: string,
): Planned {
  const last = operands[operands.length - 1];
  if (operands.length === 0 || last === undefined)
    return { ok: false, result: usageError(prog, 'missing file operand') };
  if (operands.length === 1)
    return {
      ok: false,
      result: usageError(prog, `missing destination file operand after ${quoteName(last, true)}`),
    };
  const dest = lookup(server, cwd, last, user);
  const intoDir = dest.ok && dest.node.kind === 'dir';
  const sources = operands.slice(0, -1);
  if (sources.length > 1 && !intoDir) {
    const why = dest.ok ? ' is not a directory' : `: ${FS_ERROR_TEXT[dest.error]}`;
    return {
      ok: false,
      result: { stdout: '', stderr: `${prog}: target ${quoteName(last, true)}${why}\n`, exitCode: 1 },
    };
  }
  const items = sources.map((arg) => {
    const src = lookup(server, cwd, arg, user);
    if (!src.ok)
      return { arg, error: `${prog}: cannot stat ${quoteName(arg, true)}: ${FS_ERROR_TEXT[src.error]}\n` };
    const name = basename(src.path);
    return {
      arg,
      path: src.path,
      node: src.node,
      shown: intoDir ? `${last.replace(/\/+$/, '')}/${name}` : last,
      target: intoDir ? joinPath(dest.path, name) : dest.path,
      dest: dest.path,
    };
  });
  return { ok: true, items };
}

/** The errors both tools give before touching anything: same file, into itself, file vs directory. */
export function conflict(prog: 'cp' | 'mv', t: Transfer, existing: FsNode | undefined): string | null {
  const src = quoteName(t.arg, true);
  const dst = quoteName(t.shown, true);
  if (t.target === t.path) return `${prog}: ${src} and ${dst} are the same file\n`;
  if (t.node.kind === 'dir' && inside(t.target, t.path)) {
    return prog === 'cp'
      ? `cp: cannot copy a directory, ${src}, into itself, ${dst}\n`
      : `mv: cannot move ${src} to a subdirectory of itself, ${dst}\n`;
  }
  if (existing?.kind === 'dir' && t.node.kind === 'file')
    return `${prog}: cannot overwrite directory ${dst} with non-directory\n`;
  if (existing?.kind === 'file' && t.node.kind === 'dir')
    return `${prog}: cannot overwrite non-directory ${dst} with directory ${src}\n`;
  return null;
}
