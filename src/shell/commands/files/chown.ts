/**
 * `chown [OWNER][:[GROUP]] FILE...` (-R -v -c -f): only root may give a file away; an owner may move it to
 * one of their own groups.
 */
import { chownPath, type FsNode, knownGroups, type Server } from '../../../core';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { FS_ERROR_TEXT, hostOf, lookup } from './access';
import { outcomeText, WorldChanges } from './change';
import { walkTree } from './chmod';
import { HELP } from './help';
import { gidOf } from './ids';
import { isResult, Output, parseOptions, usageError } from './options';
import { quoteCurly, quoteName } from './quote';

const LONG = [
  { name: 'changes', key: 'c' },
  { name: 'silent', key: 'f' },
  { name: 'quiet', key: 'f' },
  { name: 'verbose', key: 'v' },
  { name: 'recursive', key: 'R' },
  { name: 'dereference' },
  { name: 'no-dereference', key: 'h' },
  { name: 'preserve-root' },
  { name: 'no-preserve-root' },
] as const;

interface Owner {
  user?: string;
  group?: string;
}

function userByName(server: Server, text: string): string | undefined {
  if (server.users[text]) return text;
  if (/^\d+$/.test(text)) return Object.keys(server.users).find((u) => String(server.users[u]?.uid) === text);
  return undefined;
}

function groupByName(server: Server, text: string): string | undefined {
  if (knownGroups(server).has(text)) return text;
  if (/^\d+$/.test(text)) return [...knownGroups(server)].find((g) => String(gidOf(server, g)) === text);
  return undefined;
}

/** `aluno`, `aluno:adm`, `aluno:` (login group), `:adm`, or the old `aluno.adm`; an error message otherwise. */
function parseOwner(server: Server, spec: string): Owner | string {
  let colon = spec.indexOf(':');
  if (colon < 0 && spec.includes('.') && !userByName(server, spec)) colon = spec.indexOf('.');
  const userText = colon < 0 ? spec : spec.slice(0, colon);
  const groupText = colon < 0 ? undefined : spec.slice(colon + 1);
  const user = userText === '' ? undefined : userByName(server, userText);
  if (userText !== '' && !user) return `chown: invalid user: ${quoteCurly(spec)}\n`;
  if (groupText === undefined || (groupText === '' && !user)) return { user };
  if (groupText === '') return { user, group: server.users[user as string]?.groups[0] ?? user };
  const group = groupByName(server, groupText);
  if (!group) return `chown: invalid group: ${quoteCurly(spec)}\n`;
  return { user, group };
}

function ownershipText(node: FsNode, owner: Owner): string {
  if (owner.user === undefined) return node.group;
  return owner.group === undefined ? node.owner : `${node.owner}:${node.group}`;
}

function allowed(server: Server, actor: string, node: FsNode, owner: Owner): boolean {
  if (actor === 'root') return true;
  // Even a no-op chown needs the caller to own the file; a non-root owner may only switch to own groups.
  if (node.owner !== actor || (owner.user !== undefined && owner.user !== node.owner)) return false;
  return (
    owner.group === undefined ||
    owner.group === node.group ||
    (server.users[actor]?.groups ?? []).includes(owner.group)
  );
}

function runChown(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx.args, { prog: 'chown', short: 'cfvRhHLP', long: LONG, help: HELP.chown });
  if (isResult(parsed)) return parsed;
  const [spec, ...files] = parsed.operands;
  if (spec === undefined) return usageError('chown', 'missing operand');
  if (files.length === 0) return usageError('chown', `missing operand after ${quoteCurly(spec)}`);
  const server = hostOf(ctx);
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  const owner = parseOwner(server, spec);
  if (typeof owner === 'string') return { stdout: '', stderr: owner, exitCode: 1 };
  const changes = new WorldChanges(ctx.state.world, ctx.session.host, ctx.actor);
  const out = new Output();
  const quiet = parsed.has('f');
  const what = owner.user === undefined ? 'group' : 'ownership';
  for (const file of files) {
    const found = lookup(changes.server, ctx.session.cwd, file, ctx.user);
    if (!found.ok) {
      out.error(
        quiet ? '' : `chown: cannot access ${quoteName(file, true)}: ${FS_ERROR_TEXT[found.error]}\n`,
      );
      continue;
    }
    const top = { shown: file, path: found.path, node: found.node };
    const nodes = walkTree(changes.server, ctx.user, top, parsed.has('R'), (shown) =>
      out.error(`chown: cannot read directory ${quoteName(shown, true)}: ${FS_ERROR_TEXT.EACCES}\n`),
    );
    for (const n of nodes) {
      if (!allowed(changes.server, ctx.user, n.node, owner)) {
        out.error(
          quiet ? '' : `chown: changing ${what} of ${quoteName(n.shown, true)}: Operation not permitted\n`,
        );
        continue;
      }
      const next = { ...n.node, owner: owner.user ?? n.node.owner, group: owner.group ?? n.node.group };
      const changed = next.owner !== n.node.owner || next.group !== n.node.group;
      if (changed) {
        const outcome = changes.apply((w, h, a) => chownPath(w, h, n.path, owner.user, owner.group, a));
        if (!outcome.ok) {
          out.error(`chown: changing ${what} of ${quoteName(n.shown, true)}: ${outcomeText(outcome)}\n`);
          continue;
        }
      }
      const name = quoteName(n.shown, true);
      if (changed && (parsed.has('v') || parsed.has('c')))
        out.out(
          `changed ${what} of ${name} from ${ownershipText(n.node, owner)} to ${ownershipText(next, owner)}\n`,
        );
      else if (!changed && parsed.has('v'))
        out.out(`${what} of ${name} retained as ${ownershipText(n.node, owner)}\n`);
    }
  }
  return out.result({ world: changes.world });
}

export const chownCommand: CommandSpec = {
  name: 'chown',
  summary: 'change file owner and group',
  usage: 'chown [OPTION]... [OWNER][:[GROUP]] FILE...',
  options: ['-R', '-v', '-c', '-f', '--help'],
  run: runChown,
};
