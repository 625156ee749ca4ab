// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell source text is full of literal ${...}
import { describe, expect, it } from 'vitest';
import { formatScript } from './format';
import { parseLine } from './parse';
import type { Script } from './types';

function parsed(line: string): Script {
  const r = parseLine(line);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(line)} to parse, got: ${r.error}`);
  return r.script;
}

function errorOf(line: string): string {
  const r = parseLine(line);
  if (r.ok) throw new Error(`expected ${JSON.stringify(line)} to fail, got: ${formatScript(r.script)}`);
  return r.error;
}

describe('parseLine: structure (rendered canonically with formatScript)', () => {
  it.each([
    ['ls', 'ls'],
    ['  ls   -la  /etc  ', 'ls -la /etc'],
    ['a&&b||c;d', 'a && b || c; d'],
    ['a ; b ;', 'a; b'],
    ['a\nb\n\nc', 'a; b; c'],
    ['a |\n b', 'a | b'],
    ['a &&\n\n b', 'a && b'],
    ['ls \\\n -l', 'ls -l'],
    ["grep -E 'a|b' file | wc -l > out.txt 2>&1", "grep -E 'a|b' file | wc -l >out.txt 2>&1"],
    ['FOO=1 BAR="x y" env', 'FOO=1 BAR="x y" env'],
    ['VAR=x', 'VAR=x'],
    ['A=1 B=2', 'A=1 B=2'],
    ['A=1 cmd B=2', 'A=1 cmd B=2'],
    ['echo a#b #comment', 'echo a#b'],
    ['echo a;#comment', 'echo a'],
    ['# only a comment', ''],
    ['', ''],
    ['   \t  ', ''],
    ['\n\n', ''],
    [
      "sed -i 's/ssl on;/# ssl on;/' /etc/nginx/sites-enabled/loja",
      "sed -i 's/ssl on;/# ssl on;/' /etc/nginx/sites-enabled/loja",
    ],
    ['echo hi >file', 'echo hi >file'],
    ['echo hi>file', 'echo hi >file'],
    ['echo hi >> log', 'echo hi >>log'],
    ['ls 2>/dev/null', 'ls 2>/dev/null'],
    ['ls 2>> err', 'ls 2>>err'],
    ['sort < in > out', 'sort <in >out'],
    ['ls &>all', 'ls >all 2>&1'],
    ['ls &>>all', 'ls >>all 2>&1'],
    ['ls >&all', 'ls >all 2>&1'],
    ['ls >| f', 'ls >f'],
    ['echo 1>&2', 'echo 1>&2'],
    ['echo >&2 hi', 'echo hi 1>&2'],
    ['echo a 2>&1>/dev/null', 'echo a 2>&1 >/dev/null'],
    ['echo a2>x', 'echo a2 >x'],
    ['echo 2 > x', 'echo 2 >x'],
    ['> out', '>out'],
    ['>f A=1 cmd', 'A=1 cmd >f'],
    ['make |& tee log', 'make 2>&1 | tee log'],
    ['! grep -q x f && echo missing', '! grep -q x f && echo missing'],
    ['! ! true', 'true'],
    ['!', '! '],
    ['sudo -u www-data cat /etc/shadow', 'sudo -u www-data cat /etc/shadow'],
    ["'if' x", "'if' x"],
    ['echo if then fi', 'echo if then fi'],
    ['A=1 for', 'A=1 for'],
    ['"A"=1', '"A"=1'],
  ] as const)('%j', (line, expected) => {
    expect(formatScript(parsed(line))).toBe(expected);
  });

  it('splits lists, and-or chains and pipelines', () => {
    const s = parsed('a | b && c || d | e ; f');
    expect(s.lists).toHaveLength(2);
    const first = s.lists[0];
    expect(first?.first.commands).toHaveLength(2);
    expect(first?.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(first?.rest[1]?.pipeline.commands).toHaveLength(2);
    expect(s.lists[1]?.rest).toEqual([]);
  });

  it('records assignments with an unexpanded value word', () => {
    const cmd = parsed('FOO=1 BAR="x y" env').lists[0]?.first.commands[0];
    expect(cmd?.assignments.map((a) => a.name)).toEqual(['FOO', 'BAR']);
    expect(cmd?.assignments[1]?.value.segments).toEqual([{ kind: 'text', text: 'x y', quoted: true }]);
    expect(cmd?.words.map((w) => w.raw)).toEqual(['env']);
  });

  it('a bare assignment line is a command without words', () => {
    const cmd = parsed('VAR=x').lists[0]?.first.commands[0];
    expect(cmd).toMatchObject({ words: [], redirects: [] });
    expect(cmd?.assignments[0]?.name).toBe('VAR');
    expect(cmd?.assignments[0]?.value.raw).toBe('x');
  });

  it('an empty assignment has an empty value', () => {
    const a = parsed('X= cmd').lists[0]?.first.commands[0]?.assignments[0];
    expect(a?.value).toMatchObject({ segments: [], raw: '' });
  });

  it('normalises redirections into typed records', () => {
    const cmd = parsed('cmd <in 2>>err &>all 2>&1').lists[0]?.first.commands[0];
    expect(cmd?.redirects.map((r) => (r.op === '>&' ? r : { ...r, target: r.target.raw }))).toEqual([
      { op: '<', fd: 0, target: 'in' },
      { op: '>>', fd: 2, target: 'err' },
      { op: '>', fd: 1, target: 'all' },
      { op: '>&', fd: 2, target: 1 },
      { op: '>&', fd: 2, target: 1 },
    ]);
  });

  it('keeps word offsets into the input', () => {
    const w = parsed('ls  "a b"').lists[0]?.first.commands[0]?.words[1];
    expect(w).toMatchObject({ raw: '"a b"', start: 4, end: 9 });
  });

  it('marks negated pipelines', () => {
    expect(parsed('! a | b').lists[0]?.first.negated).toBe(true);
    expect(parsed("'!' a").lists[0]?.first.negated).toBe(false);
  });
});

const NS = (thing: string) => `bash: ${thing} is not supported in this simulated shell`;
const NEAR = (tok: string) => `bash: syntax error near unexpected token \`${tok}'`;
const EOF = 'bash: syntax error: unexpected end of file';

describe('parseLine: errors', () => {
  it.each([
    // unsupported syntax
    ['cat <<EOF', NS('here-document <<')],
    ['cat <<-EOF', NS('here-document <<')],
    ['cat <<< "hi"', NS('here-string <<<')],
    ['echo $(whoami)', NS('command substitution $(...)')],
    ['echo "$(whoami)"', NS('command substitution $(...)')],
    ['echo `whoami`', NS('command substitution `...`')],
    ['echo "x`whoami`"', NS('command substitution `...`')],
    ['diff <(ls a) <(ls b)', NS('process substitution <(...)')],
    ['tee >(wc -l)', NS('process substitution >(...)')],
    ['echo $((1+2))', NS('arithmetic expansion $((...))')],
    ['echo "$((1+2))"', NS('arithmetic expansion $((...))')],
    ['echo $[1+2]', NS('arithmetic expansion $[...]')],
    ['((x++))', NS('arithmetic command ((...))')],
    ['(cd /tmp && ls)', NS('subshell ( ... )')],
    ['{ ls; }', NS('command group { ... }')],
    ['sleep 10 &', NS('background job &')],
    ['sleep 10 & ls', NS('background job &')],
    ['for f in *; do echo $f; done', NS('for loop')],
    ['while true; do :; done', NS('while loop')],
    ['until false; do :; done', NS('until loop')],
    ['if true; then ls; fi', NS('if statement')],
    ['case $x in a) ;; esac', NS('case statement')],
    ['function f { ls; }', NS('function definition')],
    ['select x in a b; do :; done', NS('select loop')],
    ['f() { ls; }', NS('function definition')],
    ['ls; if x', NS('if statement')],
    ['ls && while x', NS('while loop')],
    ['! if x', NS('if statement')],
    ['[[ -f /etc/passwd ]]', NS('conditional expression [[ ... ]]')],
    ['coproc ls', NS('coproc')],
    ['echo ${x:-default}', NS('parameter expansion ${x:-default}')],
    ['echo ${#x}', NS('parameter expansion ${#x}')],
    ['echo ${x/a/b}', NS('parameter expansion ${x/a/b}')],
    ['a=(1 2 3)', NS('array assignment name=(...)')],
    ['PATH+=:/opt', NS('append assignment +=')],
    ['echo hi 3>file', NS('redirection of file descriptor 3')],
    ['echo hi >&3', NS('redirection to file descriptor 3')],
    ['echo hi >&-', NS('closing a file descriptor with >&-')],
    ['cat <&0', NS('input duplication <&')],
    ['cat <>f', NS('read-write redirection <>')],
    // unterminated quoting
    ["echo 'abc", "bash: unexpected EOF while looking for matching `''"],
    ['echo "abc', 'bash: unexpected EOF while looking for matching `"\''],
    ['echo "abc\\"', 'bash: unexpected EOF while looking for matching `"\''],
    ["echo $'abc", "bash: unexpected EOF while looking for matching `''"],
    ['echo ${HOME', "bash: unexpected EOF while looking for matching `}'"],
    ['echo ${}', 'bash: ${}: bad substitution'],
    ['echo ${a b}', 'bash: ${a b}: bad substitution'],
    ['echo 2>&file', 'bash: file: ambiguous redirect'],
    // syntax errors, bash wording
    ['ls |', EOF],
    ['ls &&', EOF],
    ['ls ||', EOF],
    ['ls | \n', EOF],
    ['&& ls', NEAR('&&')],
    ['|| ls', NEAR('||')],
    ['| ls', NEAR('|')],
    ['ls ;;', NEAR(';;')],
    ['; ls', NEAR(';')],
    ['ls ; ; ls', NEAR(';')],
    ['ls\n;', NEAR(';')],
    ['ls | | wc', NEAR('|')],
    ['ls |;', NEAR(';')],
    ['ls && || x', NEAR('||')],
    ['ls >', NEAR('newline')],
    ['ls >\nx', NEAR('newline')],
    ['ls > | x', NEAR('|')],
    ['ls > >x', NEAR('>')],
    ['ls 2>', NEAR('newline')],
    ['echo )', NEAR(')')],
    [')', NEAR(')')],
    ['echo a (b)', NEAR('(')],
    ['& ls', NEAR('&')],
    ['! | ls', NEAR('|')],
    ['! && ls', NEAR('&&')],
    ['fi', NEAR('fi')],
    ['ls; done', NEAR('done')],
    ['}', NEAR('}')],
  ] as const)('%j', (line, expected) => {
    expect(errorOf(line)).toBe(expected);
  });

  it('keeps user text in messages on one line', () => {
    expect(errorOf('echo ${a\nb}')).toBe('bash: ${a?b}: bad substitution');
  });
});
