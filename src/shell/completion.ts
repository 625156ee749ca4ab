import { childNames, resolvePath } from '../core';
import { tokenize } from './parser';
import type { CommandRegistry } from './registry';
import { currentSession } from './session';
import type { CompletionContext, ShellState } from './types';

export interface Completion {
  /** Where the completed word starts in the line. */
  start: number;
  /** Candidates, sorted; directories end with `/`. */
  candidates: string[];
  /** What to put in place of the word: the single candidate (plus a space), or the longest common prefix. */
  replacement: string;
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] as string;
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** File and directory names under the word's directory, as bash's default completion offers them. */
export function completePath(state: ShellState, word: string): string[] {
  const session = currentSession(state);
  const server = state.world.servers[session.host];
  if (!server) return [];
  const home = session.env.HOME ?? '/';
  const expanded = word.startsWith('~') ? home + word.slice(1) : word;
  const slash = expanded.lastIndexOf('/');
  const dirPart = slash === -1 ? '' : expanded.slice(0, slash + 1);
  const namePart = expanded.slice(slash + 1);
  const dir = resolvePath(session.cwd, dirPart || '.');
  const shownDir = slash === -1 ? '' : word.slice(0, word.length - namePart.length);
  return childNames(Object.keys(server.fs), dir)
    .filter((name) => name.startsWith(namePart) && (namePart.startsWith('.') || !name.startsWith('.')))
    .map((name) => {
      const node = server.fs[dir === '/' ? `/${name}` : `${dir}/${name}`];
      return `${shownDir}${name}${node?.kind === 'dir' ? '/' : ''}`;
    });
}

/** The words before the cursor, with `sudo` and its options skipped (completion is about the real command). */
function wordsBefore(line: string): { words: string[]; word: string; start: number } {
  const tokens = tokenize(line);
  const words: { text: string; start: number }[] = [];
  if (tokens.ok) {
    for (const token of tokens.tokens) {
      if (token.kind === 'word') words.push({ text: token.word.raw, start: token.word.start });
      else if (token.kind === 'op') words.length = 0; // a new command starts after | ; && ||
    }
  } else {
    // An unterminated quote: fall back to whitespace splitting of the last command.
    let offset = 0;
    for (const text of line.split(/(\s+)/)) {
      if (text.trim()) words.push({ text, start: offset });
      offset += text.length;
    }
  }
  const endsInSpace = line === '' || /\s$/.test(line);
  const current = endsInSpace
    ? { text: '', start: line.length }
    : (words.pop() ?? { text: '', start: line.length });
  let list = words.map((w) => w.text);
  while (list[0] === 'sudo') {
    list = list.slice(1);
    while (list[0]?.startsWith('-')) list = list.slice(list[0] === '-u' ? 2 : 1);
  }
  return { words: list, word: current.text, start: current.start };
}

/** Tab completion for the line up to the cursor: commands, options, the command's own candidates, or paths. */
export function complete(state: ShellState, registry: CommandRegistry, line: string): Completion {
  const { words, word, start } = wordsBefore(line);
  const session = currentSession(state);
  const server = state.world.servers[session.host];
  let candidates: string[];
  if (words.length === 0 && !word.includes('/')) {
    candidates = registry
      .all()
      .filter((spec) => !server || !spec.availableOn || spec.availableOn(server))
      .map((spec) => spec.name)
      .filter((name) => name.startsWith(word));
  } else {
    const spec = registry.get(words[0] ?? '');
    const ctx: CompletionContext = { state, session, args: words.slice(1), word };
    if (word.startsWith('-') && spec?.options) candidates = spec.options.filter((o) => o.startsWith(word));
    else {
      const own = spec?.complete?.(ctx);
      candidates = own ? own.filter((c) => c.startsWith(word)) : completePath(state, word);
    }
  }
  candidates = [...new Set(candidates)].sort();
  const only = candidates.length === 1 ? (candidates[0] as string) : undefined;
  const replacement = only ? (only.endsWith('/') ? only : `${only} `) : commonPrefix(candidates) || word;
  return { start, candidates, replacement };
}
